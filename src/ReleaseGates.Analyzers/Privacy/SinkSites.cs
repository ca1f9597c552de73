using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>A value that reaches a sink at a call, creation or assignment.</summary>
internal readonly record struct SinkValue(Sink Sink, IOperation Value);

/// <summary>
/// Recognises a sink at an invocation, object creation or property assignment, and lists the values that reach it:
/// a log or telemetry API's arguments (a params array's elements included), an assigned value, an indexer's key; the
/// message arguments of an exception being made; and the arguments of the project's own methods whose summary says the
/// parameter reaches a sink inside.
/// </summary>
internal static class SinkSites
{
    private static readonly ImmutableHashSet<string> ConsoleOutWriteMethods =
        ImmutableHashSet.Create(System.StringComparer.Ordinal, "Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    /// <summary>
    /// Whether the operation has a sink site's shape, asked before anything else: an assignment is one only to a property
    /// or indexer (most assign locals and fields), and a creation only with a constructor.
    /// </summary>
    public static bool HasSiteShape(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation assignment => assignment.Target is IPropertyReferenceOperation,
        IObjectCreationOperation creation => creation.Constructor is not null,
        _ => true,
    };

    /// <summary>Whether the operation can be a sink site at all: cheap, asked of every call, creation and assignment.</summary>
    public static bool MayBeSink(IOperation operation, PrivacyRules rules) => operation switch
    {
        IInvocationOperation invocation => rules.Sinks.Of(invocation.TargetMethod) is not null
            || ReceiverSink(invocation.Instance, invocation.TargetMethod.Name, rules) is not null
            || ExceptionBeingMade(operation) is not null
            || (rules.FollowsAcrossMethods && MayHandContentToOwnMethod(invocation.TargetMethod, invocation.Arguments, rules))
            || (rules.FollowsAcrossMethods && WriterParameters.MayWriteToConsole(invocation.TargetMethod, invocation.Arguments, rules)),
        IObjectCreationOperation { Constructor: { } constructor } creation => rules.Sinks.Of(constructor) is not null
            || TypeShapes.IsException(constructor.ContainingType)
            || (rules.FollowsAcrossMethods && MayHandContentToOwnMethod(constructor, creation.Arguments, rules)),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => rules.Sinks.Of(target.Property) is not null
            || ReceiverSink(target.Instance, "this[]", rules) is not null,
        _ => false,
    };

    /// <summary>
    /// Whether whatever the site hands on evaluates to nothing (<see cref="LeakFinder.EvaluatesToNothing"/>): every argument,
    /// an assigned value and an indexer's key. The values that reach a sink are among these, so such a site (<c>Debug.Assert(x &gt; 0)</c>,
    /// <c>new ArgumentException("...")</c>) has no leak, and is done before the file's rules are looked up.
    /// </summary>
    public static bool HandsOnNothing(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => AllEvaluateToNothing(invocation.Arguments),
        IObjectCreationOperation creation => AllEvaluateToNothing(creation.Arguments),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment =>
            LeakFinder.EvaluatesToNothing(assignment.Value) && AllEvaluateToNothing(target.Arguments),
        _ => false,
    };

    private static bool AllEvaluateToNothing(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!LeakFinder.EvaluatesToNothing(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The values that reach a sink at <paramref name="operation"/>; false when a summary it needed was cut off.</summary>
    public static bool ValuesReaching(IOperation operation, LocalFlow flow, CallChain? calls, List<SinkValue> values)
    {
        var rules = flow.Rules;
        if (LogOrTelemetry(operation, rules) is { } sink)
        {
            AddLogOrTelemetryValues(operation, sink, values);
            return true;
        }

        if (ExceptionBeingMade(operation) is { } exception)
        {
            AddExceptionMessageValues(operation, new Sink(SinkFamily.ExceptionMessage, exception.Name), values);
            return true;
        }

        return operation switch
        {
            IInvocationOperation invocation => AddOwnMethodValues(operation, invocation.TargetMethod, invocation.Arguments, flow, calls, values)
                & WriterParameters.AddValues(operation, invocation.TargetMethod, invocation.Arguments, flow, calls, values),
            IObjectCreationOperation { Constructor: { } constructor } creation => AddOwnMethodValues(operation, constructor, creation.Arguments, flow, calls, values),
            _ => true,
        };
    }

    private static Sink? LogOrTelemetry(IOperation operation, PrivacyRules rules) => operation switch
    {
        IInvocationOperation invocation => rules.Sinks.Of(invocation.TargetMethod) ?? ReceiverSink(invocation.Instance, invocation.TargetMethod.Name, rules),
        IObjectCreationOperation { Constructor: { } constructor } => rules.Sinks.Of(constructor),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => rules.Sinks.Of(target.Property) ?? ReceiverSink(target.Instance, "this[]", rules),
        _ => null,
    };

    /// <summary>Arguments (but not those the logging generator redacts, nor an extension sink's receiver), an assigned value, an indexer's key.</summary>
    private static void AddLogOrTelemetryValues(IOperation operation, Sink sink, List<SinkValue> values)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                AddArguments(invocation.Arguments, sink, values);
                break;
            case IObjectCreationOperation creation:
                AddArguments(creation.Arguments, sink, values);
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                values.Add(new SinkValue(sink, assignment.Value));
                AddArguments(target.Arguments, sink, values);
                break;
        }
    }

    /// <summary>The exception type when the operation makes an exception: <c>new X(...)</c> or a derived exception's <c>: base(...)</c>.</summary>
    private static INamedTypeSymbol? ExceptionBeingMade(IOperation operation)
    {
        var constructor = operation switch
        {
            IObjectCreationOperation creation => creation.Constructor,
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => initializer.TargetMethod,
            _ => null,
        };
        return constructor is not null && TypeShapes.IsException(constructor.ContainingType) ? constructor.ContainingType : null;
    }

    /// <summary>Every argument but an inner exception goes into the message.</summary>
    private static void AddExceptionMessageValues(IOperation operation, Sink sink, List<SinkValue> values)
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
                values.Add(new SinkValue(sink, argument.Value));
            }
        }
    }

    /// <summary>
    /// A method of this compilation that takes a value which could carry content (a string, a collection, an object) and
    /// whose body can reach a sink at all (<see cref="SinkReach"/>, read from syntax before anything is bound).
    /// </summary>
    private static bool MayHandContentToOwnMethod(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, PrivacyRules rules)
    {
        if (arguments.IsEmpty || !MethodSummaries.CanSummarize(method))
        {
            return false;
        }

        foreach (var argument in arguments)
        {
            if (CanCarryContent(argument))
            {
                return rules.Reach.MayReachSink(method);
            }
        }

        return false;
    }

    /// <summary>A non-constant argument that is text or an object (not a number, nor a buffer: parsers pass spans by the thousand).</summary>
    private static bool CanCarryContent(IArgumentOperation argument) =>
        !argument.Value.ConstantValue.HasValue
        && !TypeShapes.IsContentFree(argument.Value.Type) && !TypeShapes.IsContentFree(argument.Parameter?.Type)
        && !TypeShapes.IsAudioLike(argument.Value.Type) && !TypeShapes.IsAudioLike(argument.Parameter?.Type);

    /// <summary>
    /// The arguments that carry something (content, or a parameter of the method being summarized) and whose parameter the
    /// callee's summary says reaches a sink. Arguments are evaluated first: most calls hand over nothing, and then the
    /// callee is never summarized.
    /// </summary>
    private static bool AddOwnMethodValues(IOperation operation, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, LocalFlow flow, CallChain? calls, List<SinkValue> values)
    {
        if (!flow.Rules.FollowsAcrossMethods || !MayHandContentToOwnMethod(method, arguments, flow.Rules))
        {
            return true;
        }

        var complete = true;
        SinkSummary? summary = null;
        foreach (var argument in arguments)
        {
            if (!CanCarryContent(argument) || MethodSummaries.OrdinalOf(argument, method) is not { } ordinal)
            {
                continue;
            }

            // Outside a summary a parameter's bit means only what the parameter is by itself (its name, its marking);
            // inside one, the bits of the summarized method's parameters are what the summary is about.
            var taint = flow.Evaluate(argument.Value, calls, out var whole);
            complete &= whole;
            if (calls is null ? !flow.Resolve(taint).CarriesContent : taint.IsClean)
            {
                continue;
            }

            summary ??= flow.Rules.Summaries.SinksOf(method, operation, calls);
            if (summary is null)
            {
                return false;
            }

            if (summary.SinkOf(ordinal) is { } sink)
            {
                values.Add(new SinkValue(sink.Via(method), argument.Value));
            }
        }

        return complete;
    }

    /// <summary><c>Console.Out.WriteLine(x)</c>, <c>Console.Error.Write(x)</c>; Application Insights <c>telemetry.Properties[k] = x</c>.</summary>
    /// <summary>Whether <paramref name="instance"/> has the shape of a receiver that is a sink (<see cref="ReceiverSink"/>):
    /// <c>Console.Out</c>, <c>Console.Error</c>, an Application Insights item's <c>Properties</c>. Asked of every call first.</summary>
    public static bool MayBeReceiverSink(IOperation? instance) =>
        instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" or "Properties" };

    private static Sink? ReceiverSink(IOperation? instance, string memberName, PrivacyRules rules)
    {
        if (!MayBeReceiverSink(instance) || instance is not IPropertyReferenceOperation { Property: var property })
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

    private static void AddArguments(IEnumerable<IArgumentOperation> arguments, Sink sink, List<SinkValue> values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter
                && (SinkMembers.IsRedactedByLoggingGenerator(parameter) || IsLoggerReceiver(parameter, argument.Value.Type)))
            {
                continue;
            }

            values.Add(new SinkValue(sink, argument.Value));
        }
    }
}
