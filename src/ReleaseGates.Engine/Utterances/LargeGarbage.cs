namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Collects the garbage a stage of a large comparison leaves (a side's ids after pairing, its records once counted,
/// the bootstrap tables' sorting arrays) before the next stage allocates. The collector cannot know a stage has ended:
/// left to its own pace it let the next stage's arrays pile on top of the last one's, and the process peaked at about
/// 460 MB at a million utterances a side instead of under 400. The live data then are a few hundred large arrays of
/// numbers, which a blocking collection marks and compacts in about 10 ms.
/// </summary>
internal static class LargeGarbage
{
    /// <summary>Below this many utterances the garbage is a few MB, and a forced collection (of a build node's whole
    /// heap, under MSBuild) would cost more than it saves.</summary>
    public const int Threshold = 200_000;

    /// <param name="utterances">How many utterances the stage handled.</param>
    public static void CollectAfter(int utterances)
    {
        if (utterances >= Threshold)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
