using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// One model selection, analysed: whether its value is hard-coded (and by which constants), and every flag read that
/// decides it — the guards around the selection, the guards around each assignment of a constant that reaches it, and
/// a flag variant the model is derived from.
/// </summary>
internal sealed class ModelSwitch
{
    private ModelSwitch(ModelSelection selection, IReadOnlyList<IOperation> hardCodedOrigins, IReadOnlyList<GuardedPath> paths)
    {
        Selection = selection;
        HardCodedOrigins = hardCodedOrigins;
        Paths = paths;
    }

    public ModelSelection Selection { get; }

    /// <summary>The constants that reach the selector; empty when its value is not hard-coded.</summary>
    public IReadOnlyList<IOperation> HardCodedOrigins { get; }

    public IReadOnlyList<GuardedPath> Paths { get; }

    public bool IsHardCoded => HardCodedOrigins.Count > 0;

    /// <summary>A later selection of the same target, guarded by a flag, overrides this one: it is the flag's default path.</summary>
    public bool IsOverriddenUnderAFlag { get; private set; }

    /// <summary>Whether a flag check decides if this selection (or the constant it receives) is made.</summary>
    public bool IsGuarded
    {
        get
        {
            foreach (var path in Paths)
            {
                if (path.Guard.Condition.Kind != PathConditionKind.ValueIsModel)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static ModelSwitch Analyze(ModelSelection selection, BodyScope scope)
    {
        var origins = HardCodedValue.Origins(selection.Value);
        var paths = new List<GuardedPath>();

        var selectedModel = origins.Count == 1 ? HardCodedValue.Text(origins[0]) : null;
        foreach (var guard in GuardFinder.Find(selection.Operation, scope, stopBelow: null))
        {
            paths.Add(new GuardedPath(guard, selectedModel));
        }

        if (origins.Count > 0)
        {
            // A constant assigned to a local elsewhere in the body has guards of its own, up to where its path joins the selection's.
            var selectionAncestors = new HashSet<IOperation>();
            for (var ancestor = selection.Operation; ancestor is not null; ancestor = ancestor.Parent)
            {
                selectionAncestors.Add(ancestor);
            }

            foreach (var origin in origins)
            {
                foreach (var guard in GuardFinder.Find(origin, scope, selectionAncestors))
                {
                    paths.Add(new GuardedPath(guard, HardCodedValue.Text(origin)));
                }
            }
        }

        // A variant the model is derived from (the value itself, variant.Configuration.Value, a lookup by variant name),
        // unless it already decides a path above (variant == "v7" ? ... : ...).
        foreach (var read in FlagConditions.Anywhere(selection.Value, scope))
        {
            if (read.Kind == FlagValueKind.Variant && !IsAlreadyAGuard(read, paths))
            {
                paths.Add(new GuardedPath(new Guard(read, PathCondition.ValueIsModel), Model: null));
            }
        }

        return new ModelSwitch(selection, origins, paths);
    }

    /// <summary>
    /// <c>config.EndpointId = "asr-v6"; if (await features.IsEnabledAsync("asr.v7")) config.EndpointId = "asr-v7";</c>:
    /// the first selection is the baseline the flag falls back to, decided by the flag as much as the second.
    /// </summary>
    public static void MarkDefaultsOverriddenUnderAFlag(IReadOnlyList<ModelSwitch> switches)
    {
        foreach (var earlier in switches)
        {
            if (earlier.IsGuarded || SelectionTarget.Of(earlier.Selection) is not { } target)
            {
                continue;
            }

            foreach (var later in switches)
            {
                if (later.IsGuarded
                    && later.Selection.Operation.Syntax.SpanStart > earlier.Selection.Operation.Syntax.SpanStart
                    && later.Selection.Operation.Syntax.SyntaxTree == earlier.Selection.Operation.Syntax.SyntaxTree
                    && SelectionTarget.Of(later.Selection) is { } laterTarget
                    && SymbolEqualityComparer.Default.Equals(target.Holder, laterTarget.Holder)
                    && SymbolEqualityComparer.Default.Equals(target.Member, laterTarget.Member))
                {
                    earlier.IsOverriddenUnderAFlag = true;
                    break;
                }
            }
        }
    }

    private static bool IsAlreadyAGuard(FlagRead read, List<GuardedPath> paths)
    {
        foreach (var path in paths)
        {
            var guard = path.Guard.Flag;
            if ((read.FlagNameLocation is not null && read.FlagNameLocation.Equals(guard.FlagNameLocation))
                || (read.FallbackDefault is not null && read.FallbackDefault == guard.FallbackDefault))
            {
                return true;
            }
        }

        return false;
    }
}
