using System.Globalization;

namespace Generator.Content.Unicode;

/// <summary>
/// The canonical decompositions, compositions and combining classes of Unicode, read once from
/// <c>canonical-table.txt</c> (embedded in the binary; <c>make-canonical-table.py</c> writes it), the first time a
/// name that is not plain ASCII has to be composed.
/// </summary>
internal sealed class CanonicalTable
{
    private static readonly Lazy<CanonicalTable> Loaded = new(Read);

    private readonly Dictionary<int, (int First, int Second)> _decompositions = [];
    private readonly Dictionary<long, int> _compositions = [];
    private readonly Dictionary<int, byte> _combiningClasses = [];

    public static CanonicalTable Instance => Loaded.Value;

    /// <summary>The one or two code points <paramref name="code"/> decomposes into (<c>Second</c> is 0 for one).</summary>
    public bool TryDecompose(int code, out (int First, int Second) parts) => _decompositions.TryGetValue(code, out parts);

    /// <summary>The primary composite of a pair, unless the pair is excluded from composition.</summary>
    public bool TryCompose(int first, int second, out int composite) => _compositions.TryGetValue(PairKey(first, second), out composite);

    public int CombiningClass(int code) => code < 0x300 ? 0 : _combiningClasses.GetValueOrDefault(code);

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static CanonicalTable Read()
    {
        using var stream = typeof(CanonicalTable).Assembly.GetManifestResourceStream("Generator.Content.Unicode.canonical-table.txt")
            ?? throw new InvalidOperationException("the Unicode table is not embedded in the generator");
        using var reader = new StreamReader(stream);
        var table = new CanonicalTable();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(' ');
            int Hex(int index) => int.Parse(fields[index], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            switch (fields[0])
            {
                case "S":
                    table._decompositions[Hex(1)] = (Hex(2), 0);
                    break;
                case "X":
                    table._decompositions[Hex(1)] = (Hex(2), Hex(3));
                    break;
                case "P":
                    table._decompositions[Hex(1)] = (Hex(2), Hex(3));
                    table._compositions[PairKey(Hex(2), Hex(3))] = Hex(1);
                    break;
                case "C":
                    var combiningClass = byte.Parse(fields[3], CultureInfo.InvariantCulture);
                    for (var code = Hex(1); code <= Hex(2); code++)
                    {
                        table._combiningClasses[code] = combiningClass;
                    }

                    break;
                default:
                    throw new InvalidDataException($"unexpected line in the Unicode table: {line}");
            }
        }

        return table;
    }
}
