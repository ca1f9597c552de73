using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ReleaseGates.Engine;

namespace ReleaseGates.Tasks;

/// <summary>
/// Lists the files the gate reads (gates.json and the evaluation outputs it names), so that the evaluation target's
/// Inputs/Outputs can skip it when none of them changed.
/// </summary>
public sealed class ResolveReleaseGatesInputs : ReleaseGatesTask
{
    [Required]
    public string GatesFile { get; set; } = string.Empty;

    [Output]
    public ITaskItem[] InputFiles { get; private set; } = [];

    protected override void ExecuteCore() =>
        InputFiles = ReleaseGate.InputFiles(GatesFile).Select(path => (ITaskItem)new TaskItem(path)).ToArray();
}
