using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Generator.Buffers;

namespace Generator.Rendering;

/// <summary>
/// A page's own layout, already rendered to UTF-8, as the base layout's <c>content</c>: written into the page as it is,
/// without being decoded into a string and encoded again. Anything else a layout does with it (a filter, a property
/// such as <c>size</c>) sees the same text a string would give.
/// </summary>
public sealed class EncodedHtmlValue(EncodedHtml html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => html.ToText();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        AsString().GetValueAsync(name, context);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ReusedUtf8Writer.WriteEncoded(writer, html);
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? other) => other is FluidValue value && Equals(value);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);

    private StringValue AsString() => new(ToStringValue(), encode: false);
}
