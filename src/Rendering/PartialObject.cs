using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Generator.Rendering;

/// <summary>
/// An object of a prose partial's model (<c>term</c>), of HTML members printed as they are. Naming a member it does not
/// have is an error at the partial's line, as it is in layouts, not an empty spot in the prose.
/// </summary>
internal sealed class PartialObject(IReadOnlyDictionary<string, string> members) : FluidValue
{
    public override FluidValues Type => FluidValues.Dictionary;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) =>
        members.TryGetValue(name, out var html)
            ? new StringValue(html, encode: false)
            : throw new LayoutProblem($"the partial uses '{name}', which is not defined", name,
                $"the members are {string.Join(", ", members.Keys)}; docs/themes.md lists what each prose partial is given.");

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => "";

    public override object ToObjectValue() => members;

    [Obsolete("Fluid's synchronous form, kept for templates that still call it.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
