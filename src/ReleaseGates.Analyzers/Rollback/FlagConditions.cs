using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Reads conditions and switch values for flag reads: directly (<c>await flags.IsEnabledAsync("asr.v7")</c>), through
/// locals assigned from a flag read (<c>var useV7 = ...; if (!useV7)</c>), through negation, <c>== false</c>, <c>&amp;&amp;</c>,
/// <c>is</c> patterns and comparisons of a variant with a constant. For each flag read it says what the flag must be
/// when the condition is true and when it is false.
/// </summary>
internal static class FlagConditions
{
    private const int MaxLocalDepth = 4;

    /// <summary>A flag read inside a condition, with what holds on the flag when the condition is true and when it is false.</summary>
    public readonly record struct Outcome(FlagRead Flag, PathCondition WhenTrue, PathCondition WhenFalse)
    {
        public Outcome Negate() => new(Flag, WhenFalse, WhenTrue);
    }

    /// <summary>The flag reads a boolean condition depends on.</summary>
    public static List<Outcome> Evaluate(IOperation condition, BodyScope scope)
    {
        var outcomes = new List<Outcome>();
        Evaluate(condition, scope, outcomes, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
        return outcomes;
    }

    /// <summary>The flag reads whose value <paramref name="value"/> is (a switch value, a selector's value), looking through await, locals, .Value and .Name.</summary>
    public static List<FlagRead> ValueOf(IOperation value, BodyScope scope)
    {
        var reads = new List<FlagRead>();
        ValueOf(value, scope, reads, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
        return reads;
    }

    /// <summary>Every flag read <paramref name="operation"/> depends on in any way (for a path decided in a way not modelled).</summary>
    public static List<FlagRead> Anywhere(IOperation operation, BodyScope scope)
    {
        var reads = new List<FlagRead>();
        Anywhere(operation, scope, reads, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
        return reads;
    }

    private static void Evaluate(IOperation condition, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        var operation = PassThrough(condition);
        switch (operation)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                AddNegated(not.Operand, scope, outcomes, visiting);
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and:
                AddWhenTrueOnly(and.LeftOperand, scope, outcomes, visiting);
                AddWhenTrueOnly(and.RightOperand, scope, outcomes, visiting);
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } or:
                AddWhenFalseOnly(or.LeftOperand, scope, outcomes, visiting);
                AddWhenFalseOnly(or.RightOperand, scope, outcomes, visiting);
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                when Comparison(comparison.LeftOperand, comparison.RightOperand, comparison.OperatorKind == BinaryOperatorKind.NotEquals, scope, outcomes, visiting):
                return;

            case IInvocationOperation { TargetMethod.Name: "Equals" } equals when EqualsCall(equals, scope, outcomes, visiting):
                return;

            case IIsPatternOperation isPattern when Pattern(isPattern.Value, isPattern.Pattern, negated: false, scope, outcomes, visiting):
                return;

            case ILocalReferenceOperation reference when visiting.Count < MaxLocalDepth && visiting.Add(reference.Local):
                foreach (var assigned in LocalAssignments.Of(reference))
                {
                    if (assigned is not null)
                    {
                        Evaluate(assigned, scope, outcomes, visiting);
                    }
                }

                return;
        }

        if (scope.RecognizeFlagRead(operation) is { Kind: FlagValueKind.Boolean } read)
        {
            outcomes.Add(new Outcome(read, PathCondition.FlagOn, PathCondition.FlagOff));
            return;
        }

        foreach (var flag in Anywhere(operation, scope))
        {
            outcomes.Add(new Outcome(flag, PathCondition.Decided, PathCondition.Decided));
        }
    }

    private static void AddNegated(IOperation operand, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        var inner = new List<Outcome>();
        Evaluate(operand, scope, inner, visiting);
        foreach (var outcome in inner)
        {
            outcomes.Add(outcome.Negate());
        }
    }

    private static void AddWhenTrueOnly(IOperation operand, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        var inner = new List<Outcome>();
        Evaluate(operand, scope, inner, visiting);
        foreach (var outcome in inner)
        {
            outcomes.Add(new Outcome(outcome.Flag, outcome.WhenTrue, PathCondition.Decided));
        }
    }

    private static void AddWhenFalseOnly(IOperation operand, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        var inner = new List<Outcome>();
        Evaluate(operand, scope, inner, visiting);
        foreach (var outcome in inner)
        {
            outcomes.Add(new Outcome(outcome.Flag, PathCondition.Decided, outcome.WhenFalse));
        }
    }

    /// <summary><c>x == true</c>, <c>x != false</c>, <c>variant == "asr-v7"</c>, <c>"asr-v7" != variant.Name</c>.</summary>
    private static bool Comparison(IOperation left, IOperation right, bool notEquals, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        var (constant, other) = left.WalkDownConversion().ConstantValue is { HasValue: true, Value: not null }
            ? (left.WalkDownConversion().ConstantValue.Value!, right)
            : (right.WalkDownConversion().ConstantValue is { HasValue: true, Value: { } value } ? (value, left) : (null, left));
        if (constant is null)
        {
            return false;
        }

        if (constant is bool expected)
        {
            var inner = new List<Outcome>();
            Evaluate(other, scope, inner, visiting);
            foreach (var outcome in inner)
            {
                outcomes.Add(expected != notEquals ? outcome : outcome.Negate());
            }

            return true;
        }

        var values = ImmutableHashSet.Create(constant);
        foreach (var read in ValueOf(other, scope))
        {
            var equal = new Outcome(read, PathCondition.ValueIn(values), PathCondition.ValueNotIn(values));
            outcomes.Add(notEquals ? equal.Negate() : equal);
        }

        return true;
    }

    /// <summary><c>variant.Equals("asr-v7")</c>, <c>string.Equals(variant, "asr-v7", StringComparison.Ordinal)</c>.</summary>
    private static bool EqualsCall(IInvocationOperation call, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        if (call.Instance is { } instance && call.Arguments.Length >= 1)
        {
            return Comparison(instance, call.Arguments[0].Value, notEquals: false, scope, outcomes, visiting);
        }

        return call.Instance is null && call.Arguments.Length >= 2
            && Comparison(call.Arguments[0].Value, call.Arguments[1].Value, notEquals: false, scope, outcomes, visiting);
    }

    /// <summary><c>x is true</c>, <c>variant is "asr-v7"</c>, <c>variant is not "asr-v7"</c>, <c>variant is { Name: "asr-v7" }</c>.</summary>
    private static bool Pattern(IOperation value, IPatternOperation pattern, bool negated, BodyScope scope, List<Outcome> outcomes, HashSet<ILocalSymbol> visiting)
    {
        switch (pattern)
        {
            case INegatedPatternOperation not:
                return Pattern(value, not.Pattern, !negated, scope, outcomes, visiting);

            case IConstantPatternOperation constant when constant.Value.WalkDownConversion().ConstantValue is { HasValue: true, Value: not null }:
                var inner = new List<Outcome>();
                Comparison(value, constant.Value, notEquals: negated, scope, inner, visiting);
                outcomes.AddRange(inner);
                return inner.Count > 0;

            case IRecursivePatternOperation { PropertySubpatterns.Length: 1 } recursive
                when recursive.PropertySubpatterns[0] is { Member: IPropertyReferenceOperation { Property.Name: "Name" or "Value" }, Pattern: IConstantPatternOperation member }
                     && member.Value.WalkDownConversion().ConstantValue is { HasValue: true, Value: { } memberValue }:
                var values = ImmutableHashSet.Create(memberValue);
                foreach (var read in ValueOf(value, scope))
                {
                    var equal = new Outcome(read, PathCondition.ValueIn(values), PathCondition.ValueNotIn(values));
                    outcomes.Add(negated ? equal.Negate() : equal);
                }

                return outcomes.Count > 0;

            default:
                return false;
        }
    }

    private static void ValueOf(IOperation value, BodyScope scope, List<FlagRead> reads, HashSet<ILocalSymbol> visiting)
    {
        var operation = PassThrough(value);
        if (operation is ILocalReferenceOperation reference)
        {
            if (visiting.Count < MaxLocalDepth && visiting.Add(reference.Local))
            {
                foreach (var assigned in LocalAssignments.Of(reference))
                {
                    if (assigned is not null)
                    {
                        ValueOf(assigned, scope, reads, visiting);
                    }
                }
            }

            return;
        }

        if (scope.RecognizeFlagRead(operation) is { } read)
        {
            reads.Add(read);
        }
    }

    private static void Anywhere(IOperation operation, BodyScope scope, List<FlagRead> reads, HashSet<ILocalSymbol> visiting)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation reference)
            {
                if (visiting.Count < MaxLocalDepth && visiting.Add(reference.Local))
                {
                    foreach (var assigned in LocalAssignments.Of(reference))
                    {
                        if (assigned is not null)
                        {
                            Anywhere(assigned, scope, reads, visiting);
                        }
                    }
                }
            }
            else if (scope.RecognizeFlagRead(descendant) is { } read)
            {
                reads.Add(read);
            }
        }
    }

    /// <summary>
    /// Looks through what does not change a flag's value: conversions, await, .Result, .GetAwaiter().GetResult(),
    /// evaluation details' .Value, a variant's .Name, and ?. on any of them.
    /// </summary>
    private static IOperation PassThrough(IOperation operation)
    {
        while (true)
        {
            operation = operation.WalkDownConversion();
            switch (operation)
            {
                case IAwaitOperation await:
                    operation = await.Operation;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Result" or "Value" or "Name", Instance: { } instance } when IsNotThis(instance):
                    operation = instance;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaited } }:
                    operation = awaited;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured }:
                    operation = configured;
                    continue;
                case IConditionalAccessOperation access when access.WhenNotNull is IPropertyReferenceOperation { Property.Name: "Name" or "Value", Instance: IConditionalAccessInstanceOperation }:
                    operation = access.Operation;
                    continue;
                default:
                    return operation;
            }
        }

        static bool IsNotThis(IOperation instance) => instance is not IInstanceReferenceOperation;
    }
}
