using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Recognises a sink at an invocation, object creation or property assignment, and lists the values that
/// reach it: every argument (a params array's elements included), an assigned value, an indexer's key.
/// </summary>
internal static class SinkSites
{
    private static readonly ImmutableHashSet<string> ConsoleOutWriteMethods =
        ImmutableHashSet.Create(System.StringComparer.Ordinal, "Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    public static Sink? LogOrTelemetry(IOperation operation, PrivacyRules rules) => operation switch
    {
        IInvocationOperation invocation => rules.SinkOf(invocation.TargetMethod) ?? ReceiverSink(invocation.Instance, invocation.TargetMethod.Name, rules),
        IObjectCreationOperation { Constructor: { } constructor } => rules.SinkOf(constructor),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => rules.SinkOf(target.Property) ?? ReceiverSink(target.Instance, "this[]", rules),
        _ => null,
    };

    /// <summary>The values that reach a log or telemetry sink: arguments (but not those the logging generator redacts), an assigned value, an indexer's key.</summary>
    public static void LogOrTelemetryValues(IOperation operation, List<IOperation> values)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                AddArguments(invocation.Arguments, values);
                break;
            case IObjectCreationOperation creation:
                AddArguments(creation.Arguments, values);
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                values.Add(assignment.Value);
                AddArguments(target.Arguments, values);
                break;
        }
    }

    /// <summary>The exception type when the operation makes an exception: <c>new X(...)</c> or a derived exception's <c>: base(...)</c>.</summary>
    public static INamedTypeSymbol? ExceptionBeingMade(IOperation operation)
    {
        var constructor = operation switch
        {
            IObjectCreationOperation creation => creation.Constructor,
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => initializer.TargetMethod,
            _ => null,
        };
        return constructor is not null && TypeShapes.IsException(constructor.ContainingType) ? constructor.ContainingType : null;
    }

    /// <summary>The values that go into an exception's message: every argument but an inner exception.</summary>
    public static void ExceptionMessageValues(IOperation operation, List<IOperation> values)
    {
        var arguments = operation switch
        {
            IObjectCreationOperation creation => creation.Arguments,
            IInvocationOperation invocation => invocation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        foreach (var argument in arguments)
        {
            if (!TypeShapes.IsException(argument.Value.Type))
            {
                values.Add(argument.Value);
            }
        }
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

    /// <summary>The <c>this</c> argument of an extension sink (the logger, the activity) is where the value goes, not what is sent.</summary>
    private static bool IsLoggerReceiver(IParameterSymbol parameter, ITypeSymbol? type) =>
        parameter.Ordinal == 0
        && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true }
        && !TypeShapes.IsTextLike(type)
        && !TypeShapes.IsAudioLike(type);

    private static void AddArguments(IEnumerable<IArgumentOperation> arguments, List<IOperation> values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter
                && (PrivacyRules.IsRedactedByLoggingGenerator(parameter) || IsLoggerReceiver(parameter, argument.Value.Type)))
            {
                continue;
            }

            values.Add(argument.Value);
        }
    }
}
