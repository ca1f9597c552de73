using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What the methods of a type store into its own fields and auto-properties — <c>_last = text</c>,
/// <c>_results.Enqueue(recognizer.Result())</c>, <c>_byLanguage[lang] = text</c> — so that a field read in one method
/// carries what another method wrote (a queue filled by a recognizer thread and drained by the UI). Only the declaring
/// type's own code is read (private state is written there), indexed once per type by the names written, and only when a
/// field or property that can hold text or audio reaches a sink. Values written from a method's parameters are not
/// followed back to that method's callers.
/// </summary>
internal sealed class FieldWrites(PrivacyRules rules)
{
    private readonly ConcurrentDictionary<ISymbol, Taint> _written = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ILookup<string, ExpressionSyntax>> _writesByType = new(SymbolEqualityComparer.Default);

    /// <param name="complete">False when the answer was cut off (too deep, or the field is being evaluated already).</param>
    public Taint Of(ISymbol member, CallChain? calls, out bool complete)
    {
        complete = true;
        if (!MayHoldContent(member))
        {
            return Taint.Clean;
        }

        if (_written.TryGetValue(member, out var known))
        {
            return known;
        }

        if (!CallChain.CanEnter(calls, member))
        {
            complete = false;
            return Taint.Clean;
        }

        var taint = Compute(member, new CallChain(member, calls), out complete);
        return complete ? _written.GetOrAdd(member, taint) : taint;
    }

    /// <summary>A field or auto-property of a type in source, whose type can hold text or audio (a string, a collection, a buffer).</summary>
    private static bool MayHoldContent(ISymbol member) =>
        member is IFieldSymbol { IsConst: false, Type: var fieldType, AssociatedSymbol: null } ? CanHold(fieldType) && InSource(member)
        : member is IPropertySymbol { IsIndexer: false, Type: var propertyType } property && CanHold(propertyType) && InSource(member) && IsAuto(property);

    private static bool CanHold(ITypeSymbol type) => TypeShapes.IsTextLike(type) || TypeShapes.IsAudioLike(type);

    private static bool InSource(ISymbol member) => member.ContainingType is { } type && !type.DeclaringSyntaxReferences.IsEmpty && !member.DeclaringSyntaxReferences.IsEmpty;

    private static bool IsAuto(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    private Taint Compute(ISymbol member, CallChain? calls, out bool complete)
    {
        complete = true;
        var taint = Taint.Clean;
        foreach (var write in WritesIn(member.ContainingType)[member.Name])
        {
#pragma warning disable RS1030 // the writes are in other members' bodies, often other trees; the compilation hands out the driver's cached models.
            var operation = rules.Compilation.GetSemanticModel(write.SyntaxTree).GetOperation(write);
#pragma warning restore RS1030
            var (target, values) = operation switch
            {
                IAssignmentOperation assignment => (assignment.Target, new[] { assignment.Value }),
                IInvocationOperation { Instance: { } receiver } call when Propagation.StoresArgumentsIntoReceiver(call.TargetMethod, receiver.Type) =>
                    (receiver, call.Arguments.Select(a => a.Value).ToArray()),
                _ => (null, System.Array.Empty<IOperation>()),
            };
            if (target is null || !SymbolEqualityComparer.Default.Equals(Written(target), member))
            {
                continue;
            }

            var flow = LocalFlow.For(operation!, rules);
            foreach (var stored in values)
            {
                taint = taint.Union(flow.Resolve(flow.Evaluate(stored, calls, out var whole)).WithoutParameters(ulong.MaxValue));
                complete &= whole;
            }
        }

        return taint;
    }

    /// <summary>The field or property written: <c>_f</c>, <c>this._f</c>, <c>_f[k]</c>.</summary>
    private static ISymbol? Written(IOperation target) => target switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } container } => Written(container),
        IPropertyReferenceOperation property => property.Property,
        IArrayElementReferenceOperation element => Written(element.ArrayReference),
        _ => null,
    };

    /// <summary>Every assignment and call on a name in a type's declarations, by the name written (one read per type).</summary>
    private ILookup<string, ExpressionSyntax> WritesIn(INamedTypeSymbol type) => _writesByType.GetOrAdd(type, t =>
        t.DeclaringSyntaxReferences
            .SelectMany(declaration => declaration.GetSyntax().DescendantNodes())
            .Select(node => node switch
            {
                AssignmentExpressionSyntax assignment => (Name: NameOf(assignment.Left), Node: (ExpressionSyntax)assignment),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation => (Name: NameOf(access.Expression), Node: invocation),
                _ => (Name: null, Node: null!),
            })
            .Where(entry => entry.Name is not null)
            .ToLookup(entry => entry.Name!, entry => entry.Node, System.StringComparer.Ordinal));

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax element => NameOf(element.Expression),
        _ => null,
    };
}
