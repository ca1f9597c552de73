using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Common;

/// <summary>How a write changes a variable.</summary>
internal enum WriteKind
{
    /// <summary><c>var t = x</c>, <c>t = x</c>: the variable holds exactly the value.</summary>
    Assignment,

    /// <summary><c>t += x</c>, <c>t ??= x</c>, <c>t++</c> (no value): the value is added to what the variable held.</summary>
    Compound,

    /// <summary><c>var (a, b) = x</c>: an element of the value, or the whole value when the elements cannot be matched.</summary>
    Deconstruction,

    /// <summary><c>foreach (var t in x)</c>: an element of the collection.</summary>
    ForEach,

    /// <summary><c>x is { Text: var t }</c>: the tested value or one of its members.</summary>
    Pattern,

    /// <summary><c>t[k] = x</c>, <c>t.Item1 = x</c>: the value is stored into the container the variable holds.</summary>
    Element,

    /// <summary><c>t.Append(x)</c>, <c>t.Add(x)</c>: a call on the variable, which may store its arguments into it (the value is the call).</summary>
    ReceiverCall,

    /// <summary><c>M(out t)</c>, <c>M(ref t)</c>: the callee writes the variable (the value is the call, or null).</summary>
    OutArgument,
}

/// <summary>One write to a local or parameter, and the lambda or local function it happens in (null: the body itself).</summary>
internal sealed record VariableWrite(IOperation? Value, SyntaxNode At, WriteKind Kind, bool Strong, IOperation? Function)
{
    /// <summary>The write takes effect at the end of its node; uses after it see the value.</summary>
    public int Position => At.Span.End;
}

/// <summary>
/// Every write to each local and parameter of one member body (its lambdas and local functions included), found by one
/// walk of the body on first need and shared by every rule that asks what reaches a variable: the privacy rules follow
/// taint through them, the rollback rules follow constants.
/// </summary>
internal sealed class VariableWrites
{
    private static readonly ConditionalWeakTable<IOperation, VariableWrites> ByRoot = new();
    private static readonly IReadOnlyList<VariableWrite> None = System.Array.Empty<VariableWrite>();

    private readonly Dictionary<ISymbol, List<VariableWrite>> _writes = new(SymbolEqualityComparer.Default);

    /// <summary>The lambda or local function of the operation being collected.</summary>
    private readonly IOperation? _function;

    private VariableWrites(IOperation root)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            _function = FunctionOf(operation);
            Collect(operation);
        }

        foreach (var writes in _writes.Values)
        {
            writes.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
    }

    /// <summary>The writes of the body that contains <paramref name="operation"/>.</summary>
    public static VariableWrites Of(IOperation operation) => ByRoot.GetValue(operation.Root(), static root => new VariableWrites(root));

    /// <summary>The writes to a local or parameter, in source order.</summary>
    public IReadOnlyList<VariableWrite> To(ISymbol variable) => _writes.TryGetValue(variable, out var writes) ? writes : None;

    /// <summary>The lambda or local function an operation runs in; null for the member body itself.</summary>
    public static IOperation? FunctionOf(IOperation operation)
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

    public static ISymbol? Variable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local.Local,
        _ => null,
    };

    private void Collect(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                Add(declarator.Symbol, initializer.Value, declarator.Syntax, WriteKind.Assignment, strong: true);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruct(deconstruction.Target, deconstruction.Value, deconstruction.Syntax, strong: true);
                break;
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, assignment.Value, assignment.Syntax, WriteKind.Assignment);
                break;
            case ICompoundAssignmentOperation compound:
                Assign(compound.Target, compound.Value, compound.Syntax, WriteKind.Compound);
                break;
            case ICoalesceAssignmentOperation coalesce:
                Assign(coalesce.Target, coalesce.Value, coalesce.Syntax, WriteKind.Compound);
                break;
            case IIncrementOrDecrementOperation increment when Variable(increment.Target) is { } counter:
                Add(counter, null, increment.Syntax, WriteKind.Compound, strong: false);
                break;
            case IForEachLoopOperation loop:
                ForEach(loop.LoopControlVariable, loop.Collection, loop.Collection.Syntax);
                break;
            case IInvocationOperation invocation:
                CollectCall(invocation);
                break;
            case IPatternOperation pattern when DeclaredBy(pattern) is { } declared && PatternInput(pattern) is { } input:
                Add(declared, input, pattern.Syntax, WriteKind.Pattern, strong: true);
                break;
        }
    }

    private void CollectCall(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance && Variable(ChainStart(instance)) is { } receiver)
        {
            Add(receiver, invocation, invocation.Syntax, WriteKind.ReceiverCall, strong: false);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref && Variable(argument.Value) is { } written)
            {
                Add(written, invocation, invocation.Syntax, WriteKind.OutArgument, strong: false);
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

    private void ForEach(IOperation? target, IOperation collection, SyntaxNode at)
    {
        switch (target)
        {
            case IVariableDeclaratorOperation declarator:
                Add(declarator.Symbol, collection, at, WriteKind.ForEach, strong: true);
                break;
            case null:
                break;
            default:
                Deconstruct(target, collection, at, strong: true);
                break;
        }
    }

    private void Deconstruct(IOperation? target, IOperation value, SyntaxNode at, bool strong)
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
                Add(declarator.Symbol, value, at, WriteKind.Deconstruction, strong);
                break;
            case null:
                break;
            default:
                if (Variable(target) is { } variable)
                {
                    Add(variable, value, at, WriteKind.Deconstruction, strong);
                }

                break;
        }
    }

    /// <summary><c>t = x</c> writes t; <c>dict[k] = x</c>, <c>array[i] = x</c> and <c>tuple.Item1 = x</c> store x into the variable.</summary>
    private void Assign(IOperation target, IOperation value, SyntaxNode at, WriteKind kind)
    {
        if (Variable(target) is { } variable)
        {
            Add(variable, value, at, kind, strong: kind == WriteKind.Assignment);
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
            Add(containerVariable, value, at, WriteKind.Element, strong: false);
        }
    }

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

    private void Add(ISymbol variable, IOperation? value, SyntaxNode at, WriteKind kind, bool strong)
    {
        if (!_writes.TryGetValue(variable, out var writes))
        {
            writes = new List<VariableWrite>();
            _writes.Add(variable, writes);
        }

        writes.Add(new VariableWrite(value, at, kind, strong, _function));
    }
}
