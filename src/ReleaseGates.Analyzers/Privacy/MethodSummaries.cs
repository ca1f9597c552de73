using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>What a method of this compilation returns, as its callers need it.</summary>
/// <param name="Returns">What the return value carries by itself (a source read inside, whatever the arguments).</param>
/// <param name="ReturnParameters">The parameters (bit = ordinal) whose arguments reach the return value.</param>
/// <param name="Root">The body the summary was computed on (a local function shares its container's).</param>
internal sealed record ReturnSummary(Taint Returns, ulong ReturnParameters, IOperation? Root)
{
    public static ReturnSummary Unknown { get; } = new(Taint.Clean, 0, null);
}

/// <summary>By parameter ordinal: the sink a parameter's argument reaches inside the method, or null.</summary>
internal sealed record SinkSummary(ImmutableArray<Sink?> ParameterSinks)
{
    public static SinkSummary None { get; } = new(ImmutableArray<Sink?>.Empty);

    public Sink? SinkOf(int ordinal) => ordinal < ParameterSinks.Length ? ParameterSinks[ordinal] : null;
}

/// <summary>By parameter ordinal: the TextWriter and Stream parameters (bit = ordinal) its argument is written into.</summary>
internal sealed record WriterSummary(ImmutableArray<ulong> Writers)
{
    public static WriterSummary None { get; } = new(ImmutableArray<ulong>.Empty);

    public ulong WrittenInto(int ordinal) => ordinal < Writers.Length ? Writers[ordinal] : 0;
}

/// <summary>
/// Per-method summaries, computed once per method per compilation and configuration, when a call site needs one — what
/// it returns when a value reaching a sink is built from its result, where its parameters go when an argument that
/// carries content is handed to it — each from the method's body with the same <see cref="LocalFlow"/> its own
/// diagnostics use. The methods it calls are summarized in turn, up to <see cref="CallChain.MaxDepth"/> deep. A summary
/// cut off by the depth limit or by recursion is used once and not cached, so a later call site that can see further
/// computes it whole.
/// </summary>
internal sealed class MethodSummaries(PrivacyRules rules)
{
    private readonly ConcurrentDictionary<IMethodSymbol, ReturnSummary> _returns = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, SinkSummary> _sinks = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, WriterSummary> _writers = new(SymbolEqualityComparer.Default);

    /// <summary>A method, constructor or local function declared in source with one body.</summary>
    public static bool CanSummarize(IMethodSymbol method)
    {
        var target = Target(method);
        return target is { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor, IsAbstract: false, IsExtern: false }
            && target.DeclaringSyntaxReferences.Length == 1
            && target.Parameters.Length < 64;
    }

    /// <summary>The summarized method's parameter ordinal of an argument (the receiver of a reduced extension call is 0).</summary>
    public static int? OrdinalOf(IArgumentOperation argument, IMethodSymbol method) =>
        argument.Parameter is { } parameter
            ? parameter.Ordinal + (method.ReducedFrom is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) ? 1 : 0)
            : null;

    /// <summary>What <paramref name="method"/> returns; null when it cannot be computed from here (too deep, or recursive).</summary>
    public ReturnSummary? ReturnsOf(IMethodSymbol method, IOperation callSite, CallChain? calls) =>
        Summarize(_returns, method, callSite, calls, ReturnSummary.Unknown, ComputeReturns);

    /// <summary>Where <paramref name="method"/>'s parameters go; null when it cannot be computed from here.</summary>
    public SinkSummary? SinksOf(IMethodSymbol method, IOperation callSite, CallChain? calls) =>
        Summarize(_sinks, method, callSite, calls, SinkSummary.None, ComputeSinks);

    /// <summary>Which of <paramref name="method"/>'s parameters it writes into its writer parameters (<see cref="WriterParameters"/>); null when it cannot be computed from here.</summary>
    public WriterSummary? WritersOf(IMethodSymbol method, IOperation callSite, CallChain? calls) =>
        Summarize(_writers, method, callSite, calls, WriterSummary.None, ComputeWriters);

    private delegate T Computation<T>(IMethodSymbol method, IOperation body, LocalFlow flow, CallChain chain, out bool complete);

    private T? Summarize<T>(ConcurrentDictionary<IMethodSymbol, T> cache, IMethodSymbol method, IOperation callSite, CallChain? calls, T unknown, Computation<T> compute)
        where T : class
    {
        var target = Target(method);
        if (cache.TryGetValue(target, out var known))
        {
            return known;
        }

        if (!CallChain.CanEnter(calls, target))
        {
            return null;
        }

        if (BodyOf(target, callSite) is not { } body)
        {
            return cache.GetOrAdd(target, unknown);
        }

        var summary = compute(target, body, LocalFlow.For(body, rules), new CallChain(target, calls), out var complete);
        return complete ? cache.GetOrAdd(target, summary) : summary;
    }

    private static IMethodSymbol Target(IMethodSymbol method) => (IMethodSymbol)(method.ReducedFrom ?? method).OriginalDefinition;

    /// <summary>The operation of the method's body: a local function's in the body around it, a method's from its tree's semantic model.</summary>
    private IOperation? BodyOf(IMethodSymbol method, IOperation callSite)
    {
        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (syntax is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        // The driver shares one semantic model per tree among all analyzers; a callee in another tree needs its own
        // model, which the compilation hands out from the same cache.
#pragma warning disable RS1030
        var model = callSite.SemanticModel is { } own && own.SyntaxTree == syntax.SyntaxTree ? own : rules.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(syntax);
    }

    private static ulong[] BitsOf(IMethodSymbol method, LocalFlow flow)
    {
        var bits = new ulong[method.Parameters.Length];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = flow.BitOf(method.Parameters[i]);
        }

        return bits;
    }

    private ReturnSummary ComputeReturns(IMethodSymbol method, IOperation body, LocalFlow flow, CallChain chain, out bool complete)
    {
        complete = true;
        if (method.ReturnsVoid || TypeShapes.IsContentFree(method.ReturnType))
        {
            return new ReturnSummary(Taint.Clean, 0, flow.Root);
        }

        var bits = BitsOf(method, flow);
        var function = body as ILocalFunctionOperation;
        var returns = Taint.Clean;
        foreach (var operation in body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && VariableWrites.FunctionOf(operation) == function)
            {
                returns = returns.Union(flow.Evaluate(value, chain, out var whole));
                complete &= whole;
            }
        }

        var ownBits = 0UL;
        var returnParameters = 0UL;
        for (var i = 0; i < bits.Length; i++)
        {
            ownBits |= bits[i];
            if ((returns.Parameters & bits[i]) != 0)
            {
                returnParameters |= 1UL << i;
            }
        }

        return new ReturnSummary(returns.WithoutParameters(ownBits), returnParameters, flow.Root);
    }

    private SinkSummary ComputeSinks(IMethodSymbol method, IOperation body, LocalFlow flow, CallChain chain, out bool complete)
    {
        complete = true;
        if (!AnyParameterCanCarryContent(method))
        {
            return SinkSummary.None;
        }

        var bits = BitsOf(method, flow);
        var sinks = new Sink?[bits.Length];
        var reaching = new List<SinkValue>();
        foreach (var operation in body.Descendants())
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation))
            {
                continue;
            }

            reaching.Clear();
            complete &= SinkSites.ValuesReaching(operation, flow, chain, reaching);
            foreach (var sinkValue in reaching)
            {
                var taint = flow.Evaluate(sinkValue.Value, chain, out var whole);
                complete &= whole;
                for (var i = 0; i < bits.Length; i++)
                {
                    if (sinks[i] is null && (taint.Parameters & bits[i]) != 0 && rules.Sources.Of(method.Parameters[i]).IsClean)
                    {
                        sinks[i] = sinkValue.Sink;
                    }
                }
            }
        }

        return new SinkSummary(ImmutableArray.Create(sinks));
    }

    /// <summary>
    /// The parameters written into a writer parameter: by a Write on it (<c>writer.WriteLine(text)</c>), or by another method
    /// of the project it is handed to with the writer (<c>Print(writer, text.Trim())</c>), by that method's summary.
    /// </summary>
    private WriterSummary ComputeWriters(IMethodSymbol method, IOperation body, LocalFlow flow, CallChain chain, out bool complete)
    {
        complete = true;
        if (!method.Parameters.Any(p => WriterParameters.IsWriter(p.Type)))
        {
            return WriterSummary.None;
        }

        var bits = BitsOf(method, flow);
        var writers = new ulong[bits.Length];
        foreach (var operation in body.Descendants())
        {
            if (operation is not IInvocationOperation invocation)
            {
                continue;
            }

            if (WriterParameters.IsWrite(invocation.TargetMethod) && WriterOrdinal(invocation.Instance, method) is { } writer)
            {
                foreach (var argument in invocation.Arguments)
                {
                    complete &= MarkWritten(argument.Value, writer);
                }
            }
            else if (CanSummarize(invocation.TargetMethod) && HandsOnAWriter(invocation, method))
            {
                complete &= MarkHandedOn(invocation);
            }
        }

        return new WriterSummary(ImmutableArray.Create(writers));

        bool MarkWritten(IOperation value, int writer)
        {
            var taint = flow.Evaluate(value, chain, out var whole);
            for (var i = 0; i < bits.Length; i++)
            {
                if ((taint.Parameters & bits[i]) != 0)
                {
                    writers[i] |= 1UL << writer;
                }
            }

            return whole;
        }

        bool MarkHandedOn(IInvocationOperation invocation)
        {
            var callee = invocation.TargetMethod;
            if (WritersOf(callee, invocation, chain) is not { } inner)
            {
                return false;
            }

            var whole = true;
            foreach (var written in invocation.Arguments)
            {
                if (OrdinalOf(written, callee) is not { } into || inner.WrittenInto(into) == 0)
                {
                    continue;
                }

                foreach (var target in invocation.Arguments)
                {
                    if (OrdinalOf(target, callee) is int ordinal and < 64 && (inner.WrittenInto(into) & (1UL << ordinal)) != 0
                        && WriterOrdinal(target.Value, method) is { } writer)
                    {
                        whole &= MarkWritten(written.Value, writer);
                    }
                }
            }

            return whole;
        }
    }

    /// <summary>The ordinal of <paramref name="method"/>'s writer parameter that <paramref name="value"/> is, if it is one.</summary>
    private static int? WriterOrdinal(IOperation? value, IMethodSymbol method) =>
        value?.WalkDownConversion() is IParameterReferenceOperation { Parameter: { Ordinal: < 64 } parameter }
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) && WriterParameters.IsWriter(parameter.Type)
            ? parameter.Ordinal
            : null;

    private static bool HandsOnAWriter(IInvocationOperation invocation, IMethodSymbol method)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (WriterOrdinal(argument.Value, method) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some parameter could hand content to a sink: not a number, date or id, and not a source by itself (reported inside).</summary>
    private bool AnyParameterCanCarryContent(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (!TypeShapes.IsContentFree(parameter.Type) && rules.Sources.Of(parameter).IsClean)
            {
                return true;
            }
        }

        return false;
    }
}
