using Generator.Fuzz;
using SharpFuzz;

if (args.Length != 1 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: Generator.Fuzz <{string.Join('|', FuzzTargets.All.Select(t => t.Name))}> < input");
    Console.Error.WriteLine("Under afl-fuzz it runs every input afl gives it; alone, it runs the input on standard input once.");
    return 2;
}

// Out of process: a hang or a stack overflow kills only the child .NET process, which SharpFuzz restarts,
// so afl-fuzz records the input and goes on instead of stopping.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
