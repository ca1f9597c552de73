using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// A method of the project that writes one parameter's value into another parameter, a TextWriter or a Stream
/// (<c>Print(TextWriter writer, string text) => writer.WriteLine(text)</c>), is a sink at a call that hands it the
/// console (<c>Print(Console.Out, result.Text)</c>) and no sink at a call that hands it a file or a StringWriter: the
/// writer, not the method, decides. Which parameter is written into which writer is the method's summary
/// (<see cref="MethodSummaries.WritersOf"/>), asked only at calls that pass the console.
/// </summary>
internal static class WriterParameters
{
    private static readonly ImmutableHashSet<string> WriteMethods =
        ImmutableHashSet.Create(System.StringComparer.Ordinal, "Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    /// <summary>A TextWriter's or a Stream's Write, WriteLine and their async forms.</summary>
    public static bool IsWrite(IMethodSymbol method) => WriteMethods.Contains(method.Name) && IsWriter(method.ContainingType);

    public static bool IsWriter(ITypeSymbol? type) =>
        SymbolNames.IsOrDerivesFrom(type, "System.IO.TextWriter") || SymbolNames.IsOrDerivesFrom(type, "System.IO.Stream");

    /// <summary>Whether a call of a method of the project hands it the console as one of its arguments.</summary>
    public static bool MayWriteToConsole(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, PrivacyRules rules)
    {
        if (arguments.Length < 2 || !rules.Options.ConsoleIsSink || !MethodSummaries.CanSummarize(method))
        {
            return false;
        }

        foreach (var argument in arguments)
        {
            if (ConsoleWriter(argument.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The arguments a call writes into the console through the callee's writer parameters, unless already listed (the
    /// callee logs them too); false when the callee's summary was cut off.
    /// </summary>
    public static bool AddValues(IOperation operation, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, LocalFlow flow, CallChain? calls, List<SinkValue> values)
    {
        if (!flow.Rules.FollowsAcrossMethods || !MayWriteToConsole(method, arguments, flow.Rules))
        {
            return true;
        }

        var consoleWriters = 0UL;
        Sink? sink = null;
        foreach (var argument in arguments)
        {
            if (ConsoleWriter(argument.Value) is { } console && MethodSummaries.OrdinalOf(argument, method) is int ordinal and < 64)
            {
                consoleWriters |= 1UL << ordinal;
                sink ??= console;
            }
        }

        var complete = true;
        WriterSummary? summary = null;
        foreach (var argument in arguments)
        {
            if (sink is null || MethodSummaries.OrdinalOf(argument, method) is not { } ordinal || values.Exists(v => v.Value == argument.Value))
            {
                continue;
            }

            // As in SinkSites: outside a summary a parameter's bit is what the parameter is by itself, inside one it stands
            // for the caller's argument.
            var taint = flow.Evaluate(argument.Value, calls, out var whole);
            complete &= whole;
            if (calls is null ? !flow.Resolve(taint).CarriesContent : taint.IsClean)
            {
                continue;
            }

            summary ??= flow.Rules.Summaries.WritersOf(method, operation, calls);
            if (summary is null)
            {
                return false;
            }

            if ((summary.WrittenInto(ordinal) & consoleWriters) != 0)
            {
                values.Add(new SinkValue(sink.Via(method), argument.Value));
            }
        }

        return complete;
    }

    /// <summary>How many locals and conditionals deep the console is looked for in an argument.</summary>
    private const int MaxDepth = 4;

    /// <summary>
    /// <c>Console.Out</c>, <c>Console.Error</c>, <c>Console.OpenStandardOutput()</c>, <c>Console.OpenStandardError()</c>, or
    /// a value that may be one of them: a conditional with one as a branch, a local assigned one.
    /// </summary>
    private static Sink? ConsoleWriter(IOperation value, int depth = 0)
    {
        switch (value.WalkDownConversion())
        {
            case IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property }:
                return ConsoleMember(property);
            case IInvocationOperation { TargetMethod: { Name: "OpenStandardOutput" or "OpenStandardError" } method }:
                return ConsoleMember(method);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < MaxDepth:
                return ConsoleWriter(conditional.WhenTrue, depth + 1) ?? ConsoleWriter(whenFalse, depth + 1);
            case ICoalesceOperation coalesce when depth < MaxDepth:
                return ConsoleWriter(coalesce.Value, depth + 1) ?? ConsoleWriter(coalesce.WhenNull, depth + 1);
            case ILocalReferenceOperation { Local: var local } reference when depth < MaxDepth && IsWriter(local.Type):
                foreach (var write in VariableWrites.Of(reference).To(local))
                {
                    if (write is { Kind: WriteKind.Assignment, Value: { } assigned } && ConsoleWriter(assigned, depth + 1) is { } console)
                    {
                        return console;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static Sink? ConsoleMember(ISymbol member) =>
        SymbolNames.FullName(member.ContainingType) == KnownSinks.ConsoleType ? new Sink(SinkFamily.Console, "Console." + member.Name) : null;
}
