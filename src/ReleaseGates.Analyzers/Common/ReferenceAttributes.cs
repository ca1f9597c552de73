using System.Collections.Concurrent;
using System.Reflection.Metadata;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// Whether a referenced assembly marks anything (a type, member or parameter) with an attribute of a given simple name,
/// answered without building a symbol for any of its members: from the custom-attribute table of its metadata (the
/// type of each attribute's constructor), or, for a project the IDE compiles beside this one, from that project's
/// source declarations (<see cref="AttributeNames.IsUsedInSource"/>). Each answer is kept with the assembly's symbol:
/// the IDE makes a compilation at every keystroke, but a reference's symbol stays the same while the reference does
/// (a project beside this one gets a new symbol when its source changes, and is asked again).
/// </summary>
internal static class ReferenceAttributes
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, ConcurrentDictionary<string, bool>> Answers = new();

    public static bool Marks(Compilation compilation, IAssemblySymbol assembly, string name)
    {
        var answers = Answers.GetValue(assembly, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        return answers.TryGetValue(name, out var marks) ? marks : answers.GetOrAdd(name, Read(compilation, assembly, name));
    }

    private static bool Read(Compilation compilation, IAssemblySymbol assembly, string name)
    {
        switch (compilation.GetMetadataReference(assembly))
        {
            case CompilationReference project:
                return AttributeNames.IsUsedInSource(project.Compilation, name);
            case PortableExecutableReference file:
                try
                {
                    return file.GetMetadata() switch
                    {
                        AssemblyMetadata metadata => metadata.GetModules().Any(module => Marks(module.GetMetadataReader(), name)),
                        ModuleMetadata module => Marks(module.GetMetadataReader(), name),
                        _ => true,
                    };
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return true; // unreadable here (an analyzer never throws): it may mark members, so its calls are looked at
                }

            default:
                return true;
        }
    }

    private static bool Marks(MetadataReader reader, string name)
    {
        var withSuffix = name + "Attribute";
        foreach (var handle in reader.CustomAttributes)
        {
            var type = AttributeTypeName(reader, reader.GetCustomAttribute(handle).Constructor);
            if (!type.IsNil && (reader.StringComparer.Equals(type, withSuffix) || reader.StringComparer.Equals(type, name)))
            {
                return true;
            }
        }

        return false;
    }

    private static StringHandle AttributeTypeName(MetadataReader reader, EntityHandle constructor)
    {
        switch (constructor.Kind)
        {
            case HandleKind.MethodDefinition:
                var declaring = reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                return reader.GetTypeDefinition(declaring).Name;
            case HandleKind.MemberReference:
                var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                return parent.Kind switch
                {
                    HandleKind.TypeReference => reader.GetTypeReference((TypeReferenceHandle)parent).Name,
                    HandleKind.TypeDefinition => reader.GetTypeDefinition((TypeDefinitionHandle)parent).Name,
                    _ => default, // a generic attribute's instantiation: not one of ours
                };
            default:
                return default;
        }
    }
}
