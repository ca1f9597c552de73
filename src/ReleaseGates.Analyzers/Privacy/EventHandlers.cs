using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What the project's own events hand their handlers: a method subscribed by name in its own type
/// (<c>speech.OnTranscriptionResult += OnTranscriptionResult</c>), or a lambda subscribed in place, receives the
/// arguments the event is raised with in the type that declares it (<c>OnTranscriptionResult?.Invoke(recognizer.Result())</c>).
/// Both are found by reading those two types only, once per handler, when a handler's parameter reaches a sink.
/// </summary>
internal sealed class EventHandlers(PrivacyRules rules)
{
    private readonly ConcurrentDictionary<IMethodSymbol, Taint[]> _incoming = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ILookup<string, AssignmentExpressionSyntax>> _subscriptionsByType = new(SymbolEqualityComparer.Default);

    /// <summary>What the events a handler is subscribed to pass as its parameter; clean when it is subscribed to none.</summary>
    /// <param name="complete">False when the answer was cut off (too deep, or the handler is being evaluated already).</param>
    public Taint Incoming(IParameterReferenceOperation reference, CallChain? calls, out bool complete)
    {
        complete = true;
        var parameter = reference.Parameter;
        if (parameter.ContainingSymbol is not IMethodSymbol handler || TypeShapes.IsContentFree(parameter.Type))
        {
            return Taint.Clean;
        }

        if (handler.MethodKind == MethodKind.AnonymousFunction)
        {
            if (SubscribedEvent(reference, handler) is not { } subscribed)
            {
                return Taint.Clean;
            }

            if (!CallChain.CanEnter(calls, handler))
            {
                complete = false;
                return Taint.Clean;
            }

            return RaisedWith(subscribed, parameter.Ordinal, new CallChain(handler, calls), out complete);
        }

        if (handler.MethodKind != MethodKind.Ordinary || handler.DeclaringSyntaxReferences.Length != 1)
        {
            return Taint.Clean;
        }

        if (!_incoming.TryGetValue(handler, out var incoming))
        {
            // Bounded like summaries: a handler whose event is raised with another handler's parameter, a few levels deep.
            if (!CallChain.CanEnter(calls, handler))
            {
                complete = false;
                return Taint.Clean;
            }

            incoming = Compute(handler, new CallChain(handler, calls), out complete);
            if (complete)
            {
                _incoming.TryAdd(handler, incoming);
            }
        }

        return parameter.Ordinal < incoming.Length ? incoming[parameter.Ordinal] : Taint.Clean;
    }

    private Taint[] Compute(IMethodSymbol handler, CallChain calls, out bool complete)
    {
        complete = true;
        var incoming = new Taint[handler.Parameters.Length];
        foreach (var subscribed in Subscriptions(handler))
        {
            for (var i = 0; i < incoming.Length; i++)
            {
                incoming[i] = incoming[i].Union(RaisedWith(subscribed, i, calls, out var whole));
                complete &= whole;
            }
        }

        return incoming;
    }

    /// <summary>The events (or delegate fields and properties) <paramref name="handler"/> is added to by name in its own type.</summary>
    private IEnumerable<ISymbol> Subscriptions(IMethodSymbol handler)
    {
        foreach (var assignment in SubscriptionsIn(handler.ContainingType)[handler.Name])
        {
            var subscribed = ModelOf(assignment.SyntaxTree).GetSymbolInfo(assignment.Left).Symbol;
            if (subscribed is IEventSymbol or IFieldSymbol { Type.TypeKind: TypeKind.Delegate } or IPropertySymbol { Type.TypeKind: TypeKind.Delegate })
            {
                yield return subscribed;
            }
        }
    }

    /// <summary>Every <c>x += Name</c> of a type, by the name added: one read of the type's declarations for all its methods.</summary>
    private ILookup<string, AssignmentExpressionSyntax> SubscriptionsIn(INamedTypeSymbol type) => _subscriptionsByType.GetOrAdd(type, t =>
        t.DeclaringSyntaxReferences
            .SelectMany(declaration => declaration.GetSyntax().DescendantNodes().OfType<AssignmentExpressionSyntax>())
            .Where(assignment => assignment.IsKind(SyntaxKind.AddAssignmentExpression) && NameOf(assignment.Right) is not null)
            .ToLookup(assignment => NameOf(assignment.Right)!, System.StringComparer.Ordinal));

    /// <summary>The event a lambda is added to in place: <c>speech.OnResult += text => ...</c>.</summary>
    private static ISymbol? SubscribedEvent(IOperation reference, IMethodSymbol lambda)
    {
        for (var current = reference.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                return function.Parent switch
                {
                    IDelegateCreationOperation { Parent: IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation { Event: var subscribed } } } => subscribed,
                    IDelegateCreationOperation { Parent: ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IMemberReferenceOperation { Member: var member } } } => member,
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The argument at <paramref name="ordinal"/> wherever the event is raised in its own (source) type.</summary>
    private Taint RaisedWith(ISymbol subscribed, int ordinal, CallChain? calls, out bool complete)
    {
        complete = true;
        var taint = Taint.Clean;
        foreach (var declaration in subscribed.ContainingType.DeclaringSyntaxReferences)
        {
            var syntax = declaration.GetSyntax();
            foreach (var invocation in syntax.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (!RaisesByName(invocation, subscribed.Name)
                    || ModelOf(syntax.SyntaxTree).GetOperation(invocation) is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } raise
                    || ordinal >= raise.Arguments.Length)
                {
                    continue;
                }

                var argument = raise.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal);
                if (argument is not null)
                {
                    var flow = LocalFlow.For(raise, rules);
                    taint = taint.Union(flow.Resolve(flow.Evaluate(argument.Value, calls, out var whole)).WithoutParameters(ulong.MaxValue));
                    complete &= whole;
                }
            }
        }

        return taint;
    }

    /// <summary><c>E(...)</c>, <c>E?.Invoke(...)</c>, <c>E.Invoke(...)</c>, <c>this.E(...)</c>.</summary>
    private static bool RaisesByName(InvocationExpressionSyntax invocation, string name) => invocation.Expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke", Expression: var target } => NameOf(target) == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText == name,
        MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Invoke" } => invocation.Parent is ConditionalAccessExpressionSyntax access && NameOf(access.Expression) == name,
        _ => false,
    };

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    // Handlers and events live in other types than the sink: their trees' semantic models come from the compilation,
    // which hands out the driver's cached ones.
#pragma warning disable RS1030
    private SemanticModel ModelOf(SyntaxTree tree) => rules.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
