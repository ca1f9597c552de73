using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Intra-procedural taint flow over one method body's IOperation tree. The writes to each local and parameter
/// are collected in one walk, on first need, and shared by the three rules; a use of a variable sees the
/// writes before it, back to the last one that always happens on the way (a write in the same or an
/// enclosing block). Loop back-edges are not followed.
/// </summary>
internal sealed class LocalFlow
{
    /// <summary>Deeper expressions (a thousand-term concatenation) are cut off rather than risk the stack.</summary>
    private const int MaxDepth = 64;

    private readonly PrivacyRules _rules;
    private readonly Dictionary<ISymbol, List<Write>> _writes = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IOperation, Taint> _writeTaints = new();
    private readonly ConcurrentDictionary<IOperation, Taint> _sinkValueTaints = new();

    private LocalFlow(IOperation root, PrivacyRules rules)
    {
        _rules = rules;
        foreach (var operation in root.DescendantsAndSelf())
        {
            CollectWrites(operation);
        }

        foreach (var writes in _writes.Values)
        {
            writes.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
    }

    /// <summary>The flow of the method body (or field initializer, or top-level code) that contains the operation.</summary>
    public static LocalFlow For(IOperation operation, PrivacyRules rules)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return rules.Flows.GetValue(root, r => new LocalFlow(r, rules));
    }

    /// <summary>What a value carries; remembered, so the rule that asks second about a sink's argument asks a dictionary.</summary>
    public Taint Evaluate(IOperation operation) => _sinkValueTaints.GetOrAdd(operation, o => Evaluate(o, 0));

    private Taint Evaluate(IOperation? operation, int depth)
    {
        if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue || TypeShapes.IsContentFree(operation.Type))
        {
            return Taint.Clean;
        }

        return Core(operation, depth + 1).Union(_rules.CarriedBy(operation.Type));
    }

    private Taint Core(IOperation operation, int depth)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                return Variable(local.Local, local, depth);
            case IParameterReferenceOperation parameter:
                return Variable(parameter.Parameter, parameter, depth);
            case IFieldReferenceOperation field:
                return _rules.SourceOf(field.Field).Union(field.Field.ContainingType is { IsTupleType: true } ? Evaluate(field.Instance, depth) : Taint.Clean);
            case IPropertyReferenceOperation property:
                return _rules.SourceOf(property.Property).Union(HandsOutElements(property.Property) ? Evaluate(property.Instance, depth) : Taint.Clean);
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
            case IObjectCreationOperation { Constructor: { } constructor } when _rules.SinkOf(constructor) is not null:
                return Taint.Clean; // new ActivityEvent(text) is reported where it is made, not again where it is passed on.
            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target, depth);
            case IAnonymousFunctionOperation function:
                return Returns(function.Body, depth);
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
        if (_rules.IsSanitizer(method))
        {
            return Taint.Clean;
        }

        var source = _rules.SourceOf(method);
        if (!source.IsClean)
        {
            return source;
        }

        if (ReadsSpeechJsonResult(invocation))
        {
            return new Taint(DataKind.Transcript, "the JSON result, PropertyId." + KnownSources.SpeechJsonResultProperty + " (Azure AI Speech)");
        }

        if (!_rules.Propagates(method))
        {
            return Taint.Clean;
        }

        var taint = Evaluate(invocation.Instance, depth);
        foreach (var argument in invocation.Arguments)
        {
            taint = taint.Union(Evaluate(argument.Value, depth));
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
    /// Indexers, <c>KeyValuePair.Value</c>, <c>Nullable.Value</c> and enumerators hand out the content of their instance
    /// (a dictionary's keys are languages or ids, not content).
    /// </summary>
    private static bool HandsOutElements(IPropertySymbol property) =>
        property.IsIndexer
        || (property.Name == "Value" && property.ContainingType.Name is "KeyValuePair" or "Nullable")
        || property.Name == "Current";

    /// <summary>What a lambda returns (expression bodies are implicit returns), for <c>segments.Select(s => s.Text)</c>.</summary>
    private Taint Returns(IOperation? body, int depth)
    {
        var taint = Taint.Clean;
        if (body is null)
        {
            return taint;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && Enclosing(operation) == body.Parent)
            {
                taint = taint.Union(Evaluate(value, depth));
            }
        }

        return taint;
    }

    private static IOperation? Enclosing(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
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

    private Taint Variable(ISymbol variable, IOperation use, int depth)
    {
        var taint = _rules.SourceOf(variable);
        if (!_writes.TryGetValue(variable, out var writes))
        {
            return taint;
        }

        var position = use.Syntax.SpanStart;
        for (var i = writes.Count - 1; i >= 0; i--)
        {
            var write = writes[i];
            if (write.Position > position)
            {
                continue;
            }

            taint = taint.Union(_writeTaints.GetOrAdd(write.Value, value => Evaluate(value, depth)));
            if (write.Strong && Dominance.Dominates(write.At, use.Syntax))
            {
                break;
            }
        }

        return taint;
    }

    private void CollectWrites(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                Add(declarator.Symbol, initializer.Value, declarator.Syntax, strong: true);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction.Target, deconstruction.Value, deconstruction.Syntax);
                break;
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, assignment.Value, assignment.Syntax, strong: true);
                break;
            case ICompoundAssignmentOperation compound:
                Assign(compound.Target, compound.Value, compound.Syntax, strong: false);
                break;
            case ICoalesceAssignmentOperation coalesce:
                Assign(coalesce.Target, coalesce.Value, coalesce.Syntax, strong: false);
                break;
            case IForEachLoopOperation loop:
                Deconstruct(loop.LoopControlVariable, loop.Collection, loop.Collection.Syntax, strong: true);
                break;
            case IInvocationOperation invocation when invocation.Instance is not null:
                CollectInvocationWrites(invocation);
                break;
            case IPatternOperation pattern when DeclaredBy(pattern) is { } declared && PatternInput(pattern) is { } input:
                Add(declared, input, pattern.Syntax, strong: true);
                break;
        }
    }

    private void CollectInvocationWrites(IInvocationOperation invocation)
    {
        var instance = invocation.Instance!;
        if (Variable(ChainStart(instance)) is { } receiver && Propagation.StoresArgumentsIntoReceiver(invocation.TargetMethod, instance.Type))
        {
            foreach (var argument in invocation.Arguments)
            {
                Add(receiver, argument.Value, invocation.Syntax, strong: false);
            }
        }

        if (Propagation.CopiesReceiverIntoOut(invocation.TargetMethod))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.RefKind == RefKind.Out && Variable(argument.Value) is { } target)
                {
                    Add(target, instance, invocation.Syntax, strong: false);
                }
            }
        }
    }

    /// <summary>The builder a fluent chain starts from: <c>builder</c> in <c>builder.Append("a").Append(text)</c>.</summary>
    private static IOperation ChainStart(IOperation instance)
    {
        while (instance is IInvocationOperation { Instance: { } inner } call
            && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ReturnType, inner.Type))
        {
            instance = inner;
        }

        return instance;
    }

    private void Deconstruct(IOperation? target, IOperation value, SyntaxNode at, bool strong = true)
    {
        switch (target)
        {
            case IDeclarationExpressionOperation declaration:
                Deconstruct(declaration.Expression, value, at, strong);
                break;
            case ITupleOperation targets:
                for (var i = 0; i < targets.Elements.Length; i++)
                {
                    var element = value is ITupleOperation values && values.Elements.Length == targets.Elements.Length ? values.Elements[i] : value;
                    Deconstruct(targets.Elements[i], element, at, strong && element != value);
                }

                break;
            case IVariableDeclaratorOperation declarator:
                Add(declarator.Symbol, value, at, strong);
                break;
            case null:
                break;
            default:
                Assign(target, value, at, strong);
                break;
        }
    }

    /// <summary><c>t = x</c> replaces t; <c>dict[k] = x</c>, <c>array[i] = x</c> and <c>tuple.Item1 = x</c> add x to the variable.</summary>
    private void Assign(IOperation target, IOperation value, SyntaxNode at, bool strong)
    {
        if (Variable(target) is { } variable)
        {
            Add(variable, value, at, strong);
            return;
        }

        var container = target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
            IArrayElementReferenceOperation element => element.ArrayReference,
            IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } tupleField => tupleField.Instance,
            IImplicitIndexerReferenceOperation implicitIndexer => implicitIndexer.Instance,
            _ => null,
        };
        if (container is not null && Variable(container) is { } containerVariable)
        {
            Add(containerVariable, value, at, strong: false);
        }
    }

    private static ISymbol? Variable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local.Local,
        _ => null,
    };

    private static ISymbol? DeclaredBy(IPatternOperation pattern) => pattern switch
    {
        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
        IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
        IListPatternOperation list => list.DeclaredSymbol,
        _ => null,
    };

    /// <summary>The value a pattern tests: the operand of <c>is</c>, the member of a property pattern, the value switched on.</summary>
    private static IOperation? PatternInput(IPatternOperation pattern) => pattern.Parent switch
    {
        IIsPatternOperation isPattern => isPattern.Value,
        IPropertySubpatternOperation property => property.Member,
        ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
        IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation switchStatement } => switchStatement.Value,
        IPatternOperation outer when outer is IBinaryPatternOperation or INegatedPatternOperation => PatternInput(outer),
        _ => null,
    };

    private void Add(ISymbol variable, IOperation value, SyntaxNode at, bool strong)
    {
        if (!_writes.TryGetValue(variable, out var writes))
        {
            writes = new List<Write>();
            _writes.Add(variable, writes);
        }

        writes.Add(new Write(value, at, strong));
    }
}
