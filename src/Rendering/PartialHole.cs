using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Generator.Rendering;

/// <summary>
/// Stands for a value of a prose partial's model that changes with every use (the linked words, a tooltip's id) while
/// the partial is rendered once for all the uses that share the rest of the model. Printing it as it is
/// (<c>{{ words }}</c>) marks the place in the output where each use's value goes; asking whether it is there
/// (<c>{% if endnote %}</c>) is answered, since whether it is there is part of what the uses share. Anything else the
/// partial does with it (a filter, a comparison, printing it inside <c>{% capture %}</c>) would need the value itself:
/// the hole says so (<see cref="HoleRecording.Misused"/>), and the partial is then rendered whole for each use instead.
/// </summary>
internal sealed class PartialHole(HoleRecording recording, int index) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Mark(writer);
        return default;
    }

    [Obsolete("Fluid's synchronous form, kept for templates that still call it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Mark(writer);

    private void Mark(TextWriter writer)
    {
        if (!ReferenceEquals(writer, recording.Writer))
        {
            throw recording.Misuse();
        }

        recording.Marks.Add((recording.Writer.GetStringBuilder().Length, index));
    }

    public override bool IsNil() => false;

    public override bool ToBooleanValue() => true;

    public override bool Equals(FluidValue other) => throw recording.Misuse();

    public override decimal ToNumberValue() => throw recording.Misuse();

    public override string ToStringValue() => throw recording.Misuse();

    public override object ToObjectValue() => throw recording.Misuse();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => throw recording.Misuse();

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => throw recording.Misuse();

    public override ValueTask<FluidValue> InvokeAsync(FunctionArguments arguments, TemplateContext context) => throw recording.Misuse();

    public override bool Contains(FluidValue value) => throw recording.Misuse();

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => throw recording.Misuse();

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
