using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>A tainted expression where it appears in a sink's argument (the span a diagnostic marks and a fix rewrites), and the sink.</summary>
internal readonly record struct Leak(IOperation Operation, Taint Taint, Sink Sink);

/// <summary>
/// Finds the tainted pieces of the values that reach a sink: it looks through interpolation holes, string
/// concatenation, string.Format/Concat/Join arguments, params arrays and conditionals, so that
/// <c>$"Recognized: {e.Result.Text}"</c> is reported (and fixed) at <c>e.Result.Text</c>.
/// </summary>
internal static class LeakFinder
{
    public static IReadOnlyList<Leak> Find(IOperation site, LocalFlow flow)
    {
        var values = new List<SinkValue>();
        SinkSites.ValuesReaching(site, flow, calls: null, values);
        var leaks = new List<Leak>();

        // A constant, or a number, flag or date (Debug.Assert's condition, a count), evaluates to nothing
        // (TaintEvaluation.Evaluate): a site that logs only those is done before its body is read.
        if (values.TrueForAll(v => EvaluatesToNothing(v.Value)))
        {
            return leaks;
        }

        // A body that names nothing speech-like, where nothing else can carry content, is not evaluated: only a value
        // of a carrier type (a whole object logged) can still reach the sink.
        if (!flow.MayHoldSources && !values.Exists(v => HasCarrierPart(v.Value, flow.Rules)))
        {
            return leaks;
        }

        foreach (var value in values)
        {
            if (!EvaluatesToNothing(value.Value))
            {
                Find(value.Value, value.Sink, flow, leaks);
            }
        }

        return leaks;
    }

    /// <summary>Whether a value carries nothing whatever flows into it: a constant, a number, flag or date (<c>TaintEvaluation.Evaluate</c>).</summary>
    public static bool EvaluatesToNothing(IOperation value) => value.ConstantValue.HasValue || TypeShapes.IsContentFree(value.Type);

    /// <summary>
    /// Whether a value logged, or a piece of it the finder reports at (an interpolation hole, a formatting argument), or
    /// the receiver or an argument of the call that makes it (<c>Serialize(frame)</c>, <c>frame.ToString()</c>), is of a
    /// carrier type: what a body that names nothing speech-like can still hand to a sink.
    /// </summary>
    private static bool HasCarrierPart(IOperation value, PrivacyRules rules)
    {
        value = value is IArgumentOperation argument ? argument.Value : value;
        value = value.WalkDownConversion();
        if (!rules.Carriers.CarriedBy(value.Type).IsClean)
        {
            return true;
        }

        if (value is IInvocationOperation invocation)
        {
            if (invocation.Instance is { } instance && !rules.Carriers.CarriedBy(instance.WalkDownConversion().Type).IsClean)
            {
                return true;
            }

            foreach (var passed in invocation.Arguments)
            {
                if (!rules.Carriers.CarriedBy(passed.Value.WalkDownConversion().Type).IsClean)
                {
                    return true;
                }
            }
        }

        foreach (var part in Parts(value))
        {
            if (HasCarrierPart(part, rules))
            {
                return true;
            }
        }

        return false;
    }

    private static void Find(IOperation value, Sink sink, LocalFlow flow, List<Leak> leaks)
    {
        var taint = flow.Resolve(flow.Evaluate(value, calls: null, out _));
        if (!taint.CarriesContent)
        {
            return;
        }

        var before = leaks.Count;
        foreach (var part in Parts(value))
        {
            Find(part, sink, flow, leaks);
        }

        if (leaks.Count == before)
        {
            leaks.Add(new Leak(value, taint, sink));
        }
    }

    private static IEnumerable<IOperation> Parts(IOperation value)
    {
        switch (value)
        {
            case IArgumentOperation argument:
                return new[] { argument.Value };
            case IConversionOperation conversion:
                return new[] { conversion.Operand };
            case IInterpolatedStringOperation interpolated:
                return Holes(interpolated);
            case IInterpolatedStringHandlerCreationOperation handler:
                return new[] { handler.Content };
            case IInterpolatedStringAdditionOperation addition:
                return new[] { addition.Left, addition.Right };
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return new[] { concatenation.LeftOperand, concatenation.RightOperand };
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case IConditionalOperation conditional:
                return new[] { conditional.WhenTrue, conditional.WhenFalse ?? conditional.WhenTrue };
            case ICoalesceOperation coalesce:
                return new[] { coalesce.Value, coalesce.WhenNull };
            case IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" or "Join" } } formatting:
                return Arguments(formatting);
            default:
                return System.Array.Empty<IOperation>();
        }
    }

    private static IEnumerable<IOperation> Holes(IInterpolatedStringOperation interpolated)
    {
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolationOperation hole)
            {
                yield return hole.Expression;
            }
            else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append })
            {
                // A handler-typed interpolation (Debug.Assert, StringBuilder.Append): the hole is AppendFormatted's argument.
                foreach (var argument in append.Arguments)
                {
                    yield return argument.Value;
                }
            }
        }
    }

    private static IEnumerable<IOperation> Arguments(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            yield return argument.Value;
        }
    }
}
