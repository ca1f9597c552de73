using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// A syntactic stand-in for dominance, enough for a per-keystroke analysis: a write always happens before a
/// later use when the write's statement sits in a block (or switch section) that also contains the use, and
/// the write is not on one side of a conditional expression or a short-circuit operator.
/// </summary>
internal static class Dominance
{
    public static bool Dominates(SyntaxNode write, SyntaxNode use) =>
        Scope(write) is { } scope && scope.Span.Contains(use.Span);

    private static SyntaxNode? Scope(SyntaxNode write)
    {
        for (SyntaxNode? child = write, node = write.Parent; node is not null; child = node, node = node.Parent)
        {
            switch (node)
            {
                case ConditionalExpressionSyntax conditional when child != conditional.Condition:
                case BinaryExpressionSyntax binary when child == binary.Right && binary.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression:
                case ConditionalAccessExpressionSyntax access when child == access.WhenNotNull:
                case AssignmentExpressionSyntax coalesceAssignment when coalesceAssignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) && child == coalesceAssignment.Right:
                    return null;
                case AnonymousFunctionExpressionSyntax:
                case ArrowExpressionClauseSyntax:
                    return node;
                case BlockSyntax:
                case SwitchSectionSyntax:
                case CompilationUnitSyntax:
                    return node;
                case StatementSyntax statement when statement.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax or LabeledStatementSyntax):
                    // An embedded statement (if (c) t = x;) only runs sometimes: it dominates nothing outside itself.
                    return statement;
            }
        }

        return null;
    }
}
