using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Finds the flag checks that decide whether an operation runs: the enclosing <c>if</c>/<c>else</c> branches,
/// conditional expressions, <c>&amp;&amp;</c>/<c>||</c> right operands, switch sections and switch-expression arms,
/// early exits before it (<c>if (!enabled) return;</c>), and <c>[FeatureGate]</c>/<c>[RollbackFlag]</c> on the
/// enclosing lambda, local function, member or type.
/// </summary>
internal static class GuardFinder
{
    /// <param name="stopBelow">
    /// When given, the walk stops before reaching any of these operations and leaves out the enclosing members: the
    /// guards above them are found by the walk from the selection itself.
    /// </param>
    public static List<Guard> Find(IOperation operation, BodyScope scope, HashSet<IOperation>? stopBelow)
    {
        var guards = new List<Guard>();
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            if (stopBelow is not null && stopBelow.Contains(parent))
            {
                return guards;
            }

            switch (parent)
            {
                case IConditionalOperation conditional when current != conditional.Condition:
                    var whenTrue = current == conditional.WhenTrue;
                    foreach (var outcome in FlagConditions.Evaluate(conditional.Condition, scope))
                    {
                        guards.Add(new Guard(outcome.Flag, whenTrue ? outcome.WhenTrue : outcome.WhenFalse));
                    }

                    break;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                    when current == logical.RightOperand:
                    var and = logical.OperatorKind == BinaryOperatorKind.ConditionalAnd;
                    foreach (var outcome in FlagConditions.Evaluate(logical.LeftOperand, scope))
                    {
                        guards.Add(new Guard(outcome.Flag, and ? outcome.WhenTrue : outcome.WhenFalse));
                    }

                    break;

                case ISwitchCaseOperation section when section.Parent is ISwitchOperation switchStatement:
                    AddSwitchSection(section, switchStatement, scope, guards);
                    break;

                case ISwitchExpressionArmOperation arm when current == arm.Value && arm.Parent is ISwitchExpressionOperation switchExpression:
                    AddSwitchArm(arm, switchExpression, scope, guards);
                    break;

                case IBlockOperation block:
                    AddEarlyExits(block, current, scope, guards);
                    break;

                case IAnonymousFunctionOperation lambda:
                    AddAttributes(lambda.Symbol, scope, guards);
                    break;

                case ILocalFunctionOperation localFunction:
                    AddAttributes(localFunction.Symbol, scope, guards);
                    break;
            }
        }

        if (stopBelow is null)
        {
            AddEnclosingMembers(scope.OwningSymbol, scope, guards);
        }

        return guards;
    }

    /// <summary><c>if (!flag) return;</c> (or throw, break, continue) before the operation: what follows runs only when the flag is on.</summary>
    private static void AddEarlyExits(IBlockOperation block, IOperation statement, BodyScope scope, List<Guard> guards)
    {
        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                return;
            }

            if (earlier is not IConditionalOperation conditional)
            {
                continue;
            }

            var trueExits = AlwaysExits(conditional.WhenTrue);
            var falseExits = conditional.WhenFalse is { } whenFalse && AlwaysExits(whenFalse);
            if (trueExits == falseExits)
            {
                continue;
            }

            foreach (var outcome in FlagConditions.Evaluate(conditional.Condition, scope))
            {
                guards.Add(new Guard(outcome.Flag, trueExits ? outcome.WhenFalse : outcome.WhenTrue));
            }
        }
    }

    private static bool AlwaysExits(IOperation? operation) => operation switch
    {
        IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak } => true,
        IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue or BranchKind.GoTo } => true,
        IBlockOperation { Operations.Length: > 0 } block => AlwaysExits(block.Operations[block.Operations.Length - 1]),
        IConditionalOperation { WhenFalse: { } whenFalse } conditional => AlwaysExits(conditional.WhenTrue) && AlwaysExits(whenFalse),
        _ => false,
    };

    /// <summary><c>switch (variant) { case "asr-v7": ... default: ... }</c>: the section runs for its labels, or for none of the others.</summary>
    private static void AddSwitchSection(ISwitchCaseOperation section, ISwitchOperation switchStatement, BodyScope scope, List<Guard> guards)
    {
        var condition = PathCondition.Decided;
        var labels = Labels(section.Clauses, out var isDefault);
        if (isDefault)
        {
            var others = ImmutableHashSet.CreateBuilder<object>();
            foreach (var other in switchStatement.Cases)
            {
                if (other != section)
                {
                    others.UnionWith(Labels(other.Clauses, out _) ?? ImmutableHashSet<object>.Empty);
                }
            }

            condition = PathCondition.ValueNotIn(others.ToImmutable());
        }
        else if (labels is not null)
        {
            condition = PathCondition.ValueIn(labels);
        }

        AddSwitchValue(switchStatement.Value, condition, scope, guards);
        foreach (var clause in section.Clauses)
        {
            if (clause is IPatternCaseClauseOperation { Guard: { } when })
            {
                foreach (var outcome in FlagConditions.Evaluate(when, scope))
                {
                    guards.Add(new Guard(outcome.Flag, outcome.WhenTrue));
                }
            }
        }
    }

    private static void AddSwitchArm(ISwitchExpressionArmOperation arm, ISwitchExpressionOperation switchExpression, BodyScope scope, List<Guard> guards)
    {
        var condition = PathCondition.Decided;
        if (arm.Pattern is IDiscardPatternOperation)
        {
            var others = ImmutableHashSet.CreateBuilder<object>();
            foreach (var other in switchExpression.Arms)
            {
                if (other != arm && ConstantOf(other.Pattern) is { } label)
                {
                    others.Add(label);
                }
            }

            condition = PathCondition.ValueNotIn(others.ToImmutable());
        }
        else if (arm.Guard is null && ConstantOf(arm.Pattern) is { } value)
        {
            condition = PathCondition.ValueIn(ImmutableHashSet.Create(value));
        }

        AddSwitchValue(switchExpression.Value, condition, scope, guards);
        if (arm.Guard is { } when)
        {
            foreach (var outcome in FlagConditions.Evaluate(when, scope))
            {
                guards.Add(new Guard(outcome.Flag, outcome.WhenTrue));
            }
        }
    }

    private static void AddSwitchValue(IOperation value, PathCondition condition, BodyScope scope, List<Guard> guards)
    {
        var direct = FlagConditions.ValueOf(value, scope);
        foreach (var read in direct)
        {
            guards.Add(new Guard(read, condition));
        }

        if (direct.Count == 0)
        {
            foreach (var read in FlagConditions.Anywhere(value, scope))
            {
                guards.Add(new Guard(read, PathCondition.Decided));
            }
        }
    }

    /// <summary>The constant labels of a switch section; null when one of them is not a constant.</summary>
    private static ImmutableHashSet<object>? Labels(ImmutableArray<ICaseClauseOperation> clauses, out bool isDefault)
    {
        isDefault = false;
        var labels = ImmutableHashSet.CreateBuilder<object>();
        var allConstant = true;
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case IDefaultCaseClauseOperation:
                    isDefault = true;
                    break;
                case ISingleValueCaseClauseOperation single when single.Value.WalkDownConversion().ConstantValue is { HasValue: true, Value: { } label }:
                    labels.Add(label);
                    break;
                case IPatternCaseClauseOperation { Guard: null } pattern when ConstantOf(pattern.Pattern) is { } patternLabel:
                    labels.Add(patternLabel);
                    break;
                default:
                    allConstant = false;
                    break;
            }
        }

        return allConstant ? labels.ToImmutable() : null;
    }

    private static object? ConstantOf(IPatternOperation pattern) =>
        pattern is IConstantPatternOperation constant && constant.Value.WalkDownConversion().ConstantValue is { HasValue: true, Value: { } value }
            ? value
            : null;

    private static void AddAttributes(ISymbol? symbol, BodyScope scope, List<Guard> guards)
    {
        if (symbol is null)
        {
            return;
        }

        var reads = new List<FlagRead>();
        AttributeFlagReads.Collect(symbol, scope.Symbols, reads);
        foreach (var read in reads)
        {
            guards.Add(new Guard(read, PathCondition.FlagOn));
        }
    }

    /// <summary>The member (or, for an accessor, its property) and every enclosing type.</summary>
    private static void AddEnclosingMembers(ISymbol owner, BodyScope scope, List<Guard> guards)
    {
        AddAttributes(owner, scope, guards);
        if (owner is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            AddAttributes(associated, scope, guards);
        }

        for (var type = owner as INamedTypeSymbol ?? owner.ContainingType; type is not null; type = type.ContainingType)
        {
            AddAttributes(type, scope, guards);
        }
    }
}
