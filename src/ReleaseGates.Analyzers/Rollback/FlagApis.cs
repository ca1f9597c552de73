using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Recognises a read of a feature flag: Microsoft.FeatureManagement (feature managers, snapshots, variants), OpenFeature
/// (the current <c>...Async</c> names and the older ones), LaunchDarkly server and client SDKs, Unleash, ConfigCat,
/// Flagsmith, members marked <c>[RollbackFlag]</c> and methods listed in <c>release_gates.flag_check_methods</c>.
/// SDK methods are matched by name and namespace, so any version (and interface or class) of each SDK is covered.
/// </summary>
internal static class FlagApis
{
    private static readonly NamespaceName FeatureManagement = new("Microsoft.FeatureManagement");
    private static readonly NamespaceName OpenFeature = new("OpenFeature");
    private static readonly NamespaceName LaunchDarkly = new("LaunchDarkly");
    private static readonly NamespaceName Unleash = new("Unleash");
    private static readonly NamespaceName ConfigCat = new("ConfigCat");
    private static readonly NamespaceName Flagsmith = new("Flagsmith");

    private static readonly Dictionary<string, NamespaceName> SdkMethods = BuildSdkMethods();

    /// <summary>Parameter names the SDKs give the fallback default: OpenFeature, LaunchDarkly, ConfigCat (defaultValue), Unleash (defaultSetting).</summary>
    private static readonly HashSet<string> DefaultParameterNames = new(StringComparer.Ordinal) { "defaultValue", "defaultSetting" };

    public static FlagRead? Recognize(IOperation operation, RollbackSymbols symbols, MemberList configuredChecks)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (SdkMethods.TryGetValue(method.Name, out var sdk) && sdk.Contains(method.ContainingType))
                {
                    return FromCall(method, invocation.Arguments, attribute: null);
                }

                if (symbols.RollbackFlagAttributeExists && AttributeNames.Find(method, AttributeNames.RollbackFlag) is { } marked)
                {
                    return FromCall(method, invocation.Arguments, marked);
                }

                return configuredChecks.Contains(method)
                    ? FromCall(method, invocation.Arguments, attribute: null)
                    : FlagWrappers.Recognize(method, method.ReturnType);

            case IPropertyReferenceOperation reference:
                var property = reference.Property;
                if (symbols.RollbackFlagAttributeExists && AttributeNames.Find(property, AttributeNames.RollbackFlag) is { } markedProperty)
                {
                    return FromCall(property, reference.Arguments, markedProperty);
                }

                return configuredChecks.Contains(property)
                    ? FromCall(property, reference.Arguments, attribute: null)
                    : FlagWrappers.Recognize(property, property.Type);

            default:
                return null;
        }
    }

    private static FlagRead FromCall(ISymbol member, ImmutableArray<IArgumentOperation> arguments, AttributeData? attribute)
    {
        var returnType = member is IMethodSymbol method ? method.ReturnType : ((IPropertySymbol)member).Type;
        var kind = ValueKind(returnType);
        var api = member.ContainingType.Name + "." + member.Name;

        if (attribute is not null)
        {
            foreach (var (name, location) in AttributeFlagReads.Names(attribute))
            {
                return new FlagRead(kind, api, name, location, FallbackDefault(arguments), DeclaringSymbol: member);
            }
        }

        string? flagName = null;
        Location? flagNameLocation = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter
                && !(parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true }))
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    flagName = name;
                    flagNameLocation = argument.Value.Syntax.GetLocation();
                }

                break;
            }
        }

        return new FlagRead(kind, api, flagName, flagNameLocation, FallbackDefault(arguments), DeclaringSymbol: null);
    }

    private static IOperation? FallbackDefault(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is { } parameter && DefaultParameterNames.Contains(parameter.Name))
            {
                return argument.Value.WalkDownConversion();
            }
        }

        return null;
    }

    public static bool IsSdkMethodName(string name) => SdkMethods.ContainsKey(name);

    /// <summary>bool, Task&lt;bool&gt;, ValueTask&lt;bool&gt; and evaluation details of bool are on/off reads; anything else is a variant.</summary>
    public static FlagValueKind ValueKind(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
        {
            type = task.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } details)
        {
            type = details.TypeArguments[0];
        }

        return type.SpecialType == SpecialType.System_Boolean ? FlagValueKind.Boolean : FlagValueKind.Variant;
    }

    private static Dictionary<string, NamespaceName> BuildSdkMethods()
    {
        var methods = new Dictionary<string, NamespaceName>(StringComparer.Ordinal)
        {
            ["IsEnabledAsync"] = FeatureManagement,
            ["GetVariantAsync"] = FeatureManagement,
            ["IsEnabled"] = Unleash,
            ["GetVariant"] = Unleash,
            ["GetValue"] = ConfigCat,
            ["GetValueAsync"] = ConfigCat,
            ["GetValueDetails"] = ConfigCat,
            ["GetValueDetailsAsync"] = ConfigCat,
            ["IsFeatureEnabled"] = Flagsmith,
            ["GetFeatureValue"] = Flagsmith,
        };

        foreach (var type in new[] { "Boolean", "String", "Integer", "Double", "Object" })
        {
            foreach (var shape in new[] { "Value", "Details" })
            {
                // OpenFeature 1.x+ names end in Async; the 0.x SDK used the same names without it.
                methods["Get" + type + shape + "Async"] = OpenFeature;
                methods["Get" + type + shape] = OpenFeature;
            }
        }

        foreach (var type in new[] { "Bool", "String", "Int", "Float", "Double", "Json" })
        {
            methods[type + "Variation"] = LaunchDarkly;
            methods[type + "VariationDetail"] = LaunchDarkly;
        }

        return methods;
    }
}
