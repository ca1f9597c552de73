using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// One backward evaluation of a value in a <see cref="LocalFlow"/>: through operators, formatting, propagating library
/// calls, the project's own methods (by their summaries), and the writes that reach each variable — the last write
/// that always happens before the use and every later one, writes in other lambdas and local functions (captured
/// variables, whenever they run), and writes later in a loop around the use (its back-edge). It notes when an answer
/// was cut off by the depth limit or a cycle, so that the flow does not cache it.
/// </summary>
internal sealed class TaintEvaluation(LocalFlow flow, CallChain? calls)
{
    /// <summary>Deeper expressions (a thousand-term concatenation) are cut off rather than risk the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>How many writes one evaluation may follow before it gives up (and says its answer is not whole).</summary>
    private const int MaxWrites = 400;

    private readonly PrivacyRules _rules = flow.Rules;
    private readonly HashSet<VariableWrite> _inProgress = new();

    /// <summary>
    /// Every write this evaluation has followed, whole or not: each is followed once per evaluation, so variables that feed
    /// each other in a loop (<c>span = span.Slice(n)</c>, <c>line = line + part</c>) cost their number, not its power.
    /// </summary>
    private readonly Dictionary<VariableWrite, Taint> _followed = new();

    public bool Incomplete { get; private set; }

    public Taint Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || operation.ConstantValue.HasValue || TypeShapes.IsContentFree(operation.Type))
        {
            return Taint.Clean;
        }

        if (depth > MaxDepth)
        {
            Incomplete = true;
            return Taint.Clean;
        }

        return Core(operation, depth + 1).Union(_rules.Carriers.CarriedBy(operation.Type));
    }

    private Taint Core(IOperation operation, int depth)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return _rules.Sources.Of(local.Local).Union(Variable(local.Local, local, depth));
            case IParameterReferenceOperation parameter:
                return new Taint(DataKind.None, null, flow.BitOf(parameter.Parameter))
                    .Union(Variable(parameter.Parameter, parameter, depth))
                    .Union(_rules.FollowsAcrossMethods ? Whole(_rules.Handlers.Incoming(parameter, calls, out var handled), handled) : Taint.Clean);
            case IFieldReferenceOperation field:
                return _rules.Sources.Of(field.Field)
                    .Union(field.Field.ContainingType is { IsTupleType: true } ? Evaluate(field.Instance, depth) : Taint.Clean)
                    .Union(_rules.FollowsAcrossMethods ? Whole(_rules.Fields.Of(field.Field, calls, out var written), written) : Taint.Clean);
            case IPropertyReferenceOperation property:
                return _rules.Sources.Of(property.Property)
                    .Union(HandsOutElements(property.Property) ? Evaluate(property.Instance, depth) : Taint.Clean)
                    .Union(_rules.FollowsAcrossMethods ? Whole(_rules.Fields.Of(property.Property, calls, out var stored), stored) : Taint.Clean);
            case IInvocationOperation invocation:
                return Invocation(invocation, depth);
            case IInterpolatedStringOperation interpolated:
                return Union(interpolated.Parts, depth);
            case IInterpolationOperation interpolation:
                return Evaluate(interpolation.Expression, depth);
            case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append }:
                return Union(append.Arguments, depth);
            case IInterpolatedStringHandlerCreationOperation handler:
                return Evaluate(handler.Content, depth);
            case IInterpolatedStringAdditionOperation addition:
                return Evaluate(addition.Left, depth).Union(Evaluate(addition.Right, depth));
            case IBinaryOperation binary:
                return Evaluate(binary.LeftOperand, depth).Union(Evaluate(binary.RightOperand, depth));
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, depth);
            case IConditionalOperation conditional:
                return Evaluate(conditional.WhenTrue, depth).Union(Evaluate(conditional.WhenFalse, depth));
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value, depth).Union(Evaluate(coalesce.WhenNull, depth));
            case IConditionalAccessOperation conditionalAccess:
                return Evaluate(conditionalAccess.WhenNotNull, depth);
            case IConditionalAccessInstanceOperation instance:
                return Evaluate(ConditionalAccessTarget(instance), depth);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation, depth);
            case IObjectCreationOperation creation when TypeShapes.IsException(creation.Type):
                return Taint.Clean; // RG1002 reports the message where the exception is made.
            case IObjectCreationOperation { Constructor: { } constructor } when _rules.Sinks.Of(constructor) is not null:
                return Taint.Clean; // new ActivityEvent(text) is reported where it is made, not again where it is passed on.
            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target, depth);
            case IAnonymousFunctionOperation function:
                return Returns(function.Body, function, depth);
            case ISwitchExpressionOperation switchExpression:
                var arms = Taint.Clean;
                foreach (var arm in switchExpression.Arms)
                {
                    arms = arms.Union(Evaluate(arm.Value, depth));
                }

                return arms;
            case IImplicitIndexerReferenceOperation indexer:
                return Evaluate(indexer.Instance, depth);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, depth);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, depth);
            case IMemberInitializerOperation memberInitializer:
                return Evaluate(memberInitializer.Initializer, depth);
            case IObjectCreationOperation:
            case IAnonymousObjectCreationOperation:
            case IObjectOrCollectionInitializerOperation:
            case IArrayCreationOperation:
            case IArrayInitializerOperation:
            case ITupleOperation:
            case IArgumentOperation:
            case IDeclarationExpressionOperation:
            case ITranslatedQueryOperation:
            case IParenthesizedOperation:
                return Union(operation.ChildOperations, depth);
            default:
                // Collection expressions and spreads (C# 12) by kind name: the analyzers build against Roslyn 4.8.
                return operation.Kind.ToString() is "CollectionExpression" or "Spread" ? Union(operation.ChildOperations, depth) : Taint.Clean;
        }
    }

    /// <summary>A nested answer; one that was cut off makes this evaluation's answer not whole either.</summary>
    private Taint Whole(Taint taint, bool complete)
    {
        Incomplete |= !complete;
        return taint;
    }

    private Taint Union(IEnumerable<IOperation> operations, int depth)
    {
        var taint = Taint.Clean;
        foreach (var operation in operations)
        {
            taint = taint.Union(Evaluate(operation, depth));
        }

        return taint;
    }

    private Taint Invocation(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        if (_rules.Sanitizers.Contains(method))
        {
            return Taint.Clean;
        }

        var source = _rules.Sources.Of(method);
        if (!source.IsClean)
        {
            return source;
        }

        if (ReadsSpeechJsonResult(invocation))
        {
            return new Taint(DataKind.Transcript, "the JSON result, PropertyId." + KnownSources.SpeechJsonResultProperty + " (Azure AI Speech)");
        }

        if (_rules.Propagates(method))
        {
            return Evaluate(invocation.Instance, depth).Union(Union(invocation.Arguments, depth));
        }

        return _rules.FollowsAcrossMethods && MethodSummaries.CanSummarize(method) && MayReturnText(method.ReturnType) ? Summarized(invocation, method, depth) : Taint.Clean;
    }

    /// <summary>
    /// Text, or an object that may carry it: what a helper that formats, serializes or passes on a transcript returns.
    /// Buffers and spans are left out — parsers return them by the thousand, and audio rarely travels back through a return.
    /// </summary>
    private bool MayReturnText(ITypeSymbol type) =>
        TypeShapes.IsTextLike(type) || type.SpecialType == SpecialType.System_Object || !_rules.Carriers.CarriedBy(type).IsClean
        || (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && MayReturnText(task.TypeArguments[0]));

    /// <summary>The project's own method: what it returns by itself, and the arguments its summary says reach its return value.</summary>
    private Taint Summarized(IInvocationOperation invocation, IMethodSymbol method, int depth)
    {
        if (_rules.Summaries.ReturnsOf(method, invocation, calls) is not { } summary)
        {
            Incomplete = true;
            return Taint.Clean;
        }

        var taint = ReferenceEquals(summary.Root, flow.Root) ? summary.Returns : summary.Returns.WithoutParameters(ulong.MaxValue);
        if (summary.ReturnParameters != 0)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (MethodSummaries.OrdinalOf(argument, method) is { } ordinal && ordinal < 64 && (summary.ReturnParameters & (1UL << ordinal)) != 0)
                {
                    taint = taint.Union(Evaluate(argument.Value, depth));
                }
            }
        }

        return taint;
    }

    private static bool ReadsSpeechJsonResult(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.Name != "GetProperty")
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IFieldReferenceOperation { Field.Name: KnownSources.SpeechJsonResultProperty })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Indexers, <c>KeyValuePair.Value</c>, <c>Nullable.Value</c>, enumerators and a dictionary's <c>Values</c> hand out
    /// the content of their instance (a dictionary's keys are languages or ids, not content).
    /// </summary>
    private static bool HandsOutElements(IPropertySymbol property) =>
        property.IsIndexer
        || (property.Name == "Value" && property.ContainingType.Name is "KeyValuePair" or "Nullable")
        || property.Name == "Current"
        || (property.Name == "Values" && TypeShapes.IsCollection(property.ContainingType));

    /// <summary>What a lambda returns (expression bodies are implicit returns), for <c>segments.Select(s => s.Text)</c>.</summary>
    private Taint Returns(IOperation? body, IOperation function, int depth)
    {
        var taint = Taint.Clean;
        if (body is null)
        {
            return taint;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && VariableWrites.FunctionOf(operation) == function)
            {
                taint = taint.Union(Evaluate(value, depth));
            }
        }

        return taint;
    }

    private static IOperation? ConditionalAccessTarget(IConditionalAccessInstanceOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && access.WhenNotNull.Syntax.Span.Contains(instance.Syntax.Span))
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>
    /// The writes that reach a use: in the same function, the last write that always happens before the use (and every
    /// write after it), plus writes later in a loop around the use; in other functions (a lambda, a local function, the
    /// body around them), every write, since they run whenever they are called.
    /// </summary>
    private Taint Variable(ISymbol variable, IOperation use, int depth)
    {
        var writes = flow.Writes.To(variable);
        if (writes.Count == 0)
        {
            return Taint.Clean;
        }

        var taint = Taint.Clean;
        var function = VariableWrites.FunctionOf(use);
        var position = use.Syntax.SpanStart;
        var dominated = false;
        for (var i = writes.Count - 1; i >= 0; i--)
        {
            var write = writes[i];
            if (write.Function != function)
            {
                taint = taint.Union(WriteTaint(write, depth));
            }
            else if (write.Position > position)
            {
                if (InALoopAround(use.Syntax, write.At))
                {
                    taint = taint.Union(WriteTaint(write, depth));
                }
            }
            else if (!dominated)
            {
                taint = taint.Union(WriteTaint(write, depth));
                dominated = write.Strong && Dominance.Dominates(write.At, use.Syntax);
            }
        }

        return taint;
    }

    private static bool InALoopAround(SyntaxNode use, SyntaxNode write)
    {
        for (var node = use.Parent; node is not null and not MemberDeclarationSyntax and not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax; node = node.Parent)
        {
            if (node.Kind() is SyntaxKind.ForStatement or SyntaxKind.ForEachStatement or SyntaxKind.ForEachVariableStatement or SyntaxKind.WhileStatement or SyntaxKind.DoStatement
                && node.Span.Contains(write.Span))
            {
                return true;
            }
        }

        return false;
    }

    private Taint WriteTaint(VariableWrite write, int depth)
    {
        if (flow.TryGetWrite(write, out var known) || _followed.TryGetValue(write, out known))
        {
            return known;
        }

        if (!_inProgress.Add(write) || _followed.Count >= MaxWrites)
        {
            // A cycle (t = t + x in a loop): its value is what the other writes bring; the answer here is not whole.
            Incomplete = true;
            return Taint.Clean;
        }

        var outer = Incomplete;
        Incomplete = false;
        var taint = WriteValue(write, depth);
        _inProgress.Remove(write);
        _followed[write] = taint;
        if (!Incomplete)
        {
            flow.RememberWrite(write, taint);
        }

        Incomplete |= outer;
        return taint;
    }

    private Taint WriteValue(VariableWrite write, int depth)
    {
        switch (write.Kind)
        {
            case WriteKind.ReceiverCall when write.Value is IInvocationOperation call:
                return Propagation.StoresArgumentsIntoReceiver(call.TargetMethod, call.Instance?.Type) ? Union(call.Arguments, depth) : Taint.Clean;
            case WriteKind.OutArgument when write.Value is IInvocationOperation call:
                return call.Instance is { } instance && Propagation.CopiesReceiverIntoOut(call.TargetMethod) ? Evaluate(instance, depth) : Taint.Clean;
            case WriteKind.ReceiverCall or WriteKind.OutArgument:
                return Taint.Clean;
            default:
                return Evaluate(write.Value, depth);
        }
    }
}
