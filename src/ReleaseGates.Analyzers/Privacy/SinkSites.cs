using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Recognises a sink at an invocation, object creation or property assignment, and lists the values that
/// reach it: every argument (a params array's elements included), an assigned value, an indexer's key.
/// </summary>
internal static class SinkSites
{
    private static readonly System.Collections.Immutable.ImmutableHashSet<string> ConsoleOutWriteMethods =
        System.Collections.Immutable.ImmutableHashSet.Create(System.StringComparer.Ordinal, "Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    public static Sink? LogOrTelemetry(IOperation operation, PrivacyRules rules, List<IOperation> values)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var sink = rules.SinkOf(invocation.TargetMethod) ?? ReceiverSink(invocation.Instance, invocation.TargetMethod.Name, rules);
                if (sink is not null)
                {
                    AddArguments(invocation.Arguments, values);
                }

                return sink;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                var created = rules.SinkOf(constructor);
                if (created is not null)
                {
                    AddArguments(creation.Arguments, values);
                }

                return created;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                var assigned = rules.SinkOf(target.Property) ?? ReceiverSink(target.Instance, "this[]", rules);
                if (assigned is not null)
                {
                    values.Add(assignment.Value);
                    AddArguments(target.Arguments, values);
                }

                return assigned;
            default:
                return null;
        }
    }

    /// <summary>An exception made with a message, or a derived exception's constructor passing one to its base.</summary>
    public static INamedTypeSymbol? ExceptionMessage(IOperation operation, List<IOperation> values)
    {
        var (constructor, arguments) = operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => (initializer.TargetMethod, initializer.Arguments),
            _ => (null, default),
        };
        if (constructor is null || !TypeShapes.IsException(constructor.ContainingType))
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (!TypeShapes.IsException(argument.Value.Type))
            {
                values.Add(argument.Value);
            }
        }

        return constructor.ContainingType;
    }

    /// <summary><c>Console.Out.WriteLine(x)</c>, <c>Console.Error.Write(x)</c>; Application Insights <c>telemetry.Properties[k] = x</c>.</summary>
    private static Sink? ReceiverSink(IOperation? instance, string memberName, PrivacyRules rules)
    {
        if (instance is not IPropertyReferenceOperation { Property: var property })
        {
            return null;
        }

        if (property.Name is "Out" or "Error"
            && rules.Options.ConsoleIsSink
            && ConsoleOutWriteMethods.Contains(memberName)
            && SymbolNames.FullName(property.ContainingType) == KnownSinks.ConsoleType)
        {
            return new Sink(SinkFamily.Console, $"Console.{property.Name}.{memberName}");
        }

        if (property.Name == "Properties"
            && memberName is "Add" or "TryAdd" or "this[]"
            && property.ContainingType.ContainingNamespace?.ToDisplayString().StartsWith(KnownSinks.ApplicationInsightsNamespace, System.StringComparison.Ordinal) == true)
        {
            return new Sink(SinkFamily.Telemetry, $"{property.ContainingType.Name}.Properties");
        }

        return null;
    }

    private static void AddArguments(IEnumerable<IArgumentOperation> arguments, List<IOperation> values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && PrivacyRules.IsRedactedByLoggingGenerator(parameter))
            {
                continue;
            }

            values.Add(argument.Value);
        }
    }
}
