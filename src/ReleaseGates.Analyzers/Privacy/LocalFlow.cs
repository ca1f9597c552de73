using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Taint flow over one member body (its lambdas and local functions included), evaluated backwards from a value on
/// demand: only what reaches a sink's arguments, or a summarized method's returns and sinks, is ever evaluated. A
/// parameter evaluates to its own bit, so the same evaluation serves the body's own diagnostics (where a bit stands for
/// what the parameter is by itself, see <see cref="Resolve"/>) and the method's summary (where it stands for the
/// caller's argument). Results are cached per body, but never one cut off by the depth limit or by a cycle.
/// </summary>
internal sealed class LocalFlow
{
    private const int MaxParameters = 64;

    private readonly ConcurrentDictionary<IOperation, Taint> _values = new();
    private readonly ConcurrentDictionary<VariableWrite, Taint> _writes = new();
    private readonly List<IParameterSymbol> _parameters = new();
    private VariableWrites? _variableWrites;
    private bool? _mayHoldSources;

    private LocalFlow(IOperation root, PrivacyRules rules)
    {
        Root = root;
        Rules = rules;
    }

    public IOperation Root { get; }

    public PrivacyRules Rules { get; }

    /// <summary>
    /// Whether anything in the body can be a source: always, unless its sources can only be what it names
    /// (<see cref="PrivacyRules.SourcesNamedInBody"/>) and it names nothing speech-like (<see cref="BodyNames"/>).
    /// </summary>
    public bool MayHoldSources => _mayHoldSources ??= !Rules.SourcesNamedInBody || BodyNames.MayNameSource(Root.Syntax);

    /// <summary>Every write of the body, collected by one walk on the first variable that needs them.</summary>
    public VariableWrites Writes => _variableWrites ??= VariableWrites.Of(Root);

    /// <summary>The flow of the member body (or field initializer, or top-level code) that contains the operation.</summary>
    public static LocalFlow For(IOperation operation, PrivacyRules rules)
    {
        // Looked up first: the creating lambda captures the rules, an allocation a site that finds its body's flow need not make.
        var root = operation.Root();
        return rules.Flows.TryGetValue(root, out var flow) ? flow : rules.Flows.GetValue(root, r => new LocalFlow(r, rules));
    }

    /// <summary>What a value carries, and whether the answer is whole (not cut off by a depth limit or a cycle).</summary>
    public Taint Evaluate(IOperation value, CallChain? calls, out bool complete)
    {
        if (_values.TryGetValue(value, out var known))
        {
            complete = true;
            return known;
        }

        var evaluation = new TaintEvaluation(this, calls);
        var taint = evaluation.Evaluate(value, 0);
        complete = !evaluation.Incomplete;
        if (complete)
        {
            _values.TryAdd(value, taint);
        }

        return taint;
    }

    /// <summary>The bit a parameter's value carries in this body's taints; 0 past the 64th parameter seen.</summary>
    public ulong BitOf(IParameterSymbol parameter)
    {
        lock (_parameters)
        {
            var index = _parameters.IndexOf(parameter);
            if (index < 0 && _parameters.Count < MaxParameters)
            {
                index = _parameters.Count;
                _parameters.Add(parameter);
            }

            return index < 0 ? 0 : 1UL << index;
        }
    }

    /// <summary>What a taint carries in this body: its content, and what each parameter it depends on is by itself (a [Transcript] or a name).</summary>
    public Taint Resolve(Taint taint)
    {
        var resolved = new Taint(taint.Kind, taint.Origin);
        if (taint.Parameters == 0)
        {
            return resolved;
        }

        lock (_parameters)
        {
            for (var i = 0; i < _parameters.Count; i++)
            {
                if ((taint.Parameters & (1UL << i)) != 0)
                {
                    resolved = resolved.Union(Rules.Sources.Of(_parameters[i]));
                }
            }
        }

        return resolved;
    }

    internal bool TryGetWrite(VariableWrite write, out Taint taint) => _writes.TryGetValue(write, out taint);

    internal void RememberWrite(VariableWrite write, Taint taint) => _writes.TryAdd(write, taint);
}
