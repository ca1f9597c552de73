using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Tests.Statistics;

public sealed class RankSegmentsTests
{
    [Theory]
    [InlineData(200)] // latencies in whole milliseconds: a thousand ties per value
    [InlineData(20_000)] // a tenth of a millisecond: a few ties per value
    [InlineData(200_000)] // no ties
    public void Only_values_near_the_judged_percentiles_are_kept_however_many_ties(int distinct)
    {
        const int Count = 200_000;
        var sorted = Enumerable.Range(0, Count).Select(i => (double)(i * (long)distinct / Count)).ToArray();
        var units = Enumerable.Range(0, Count).ToArray();

        var segments = RankSegments.Create(sorted, units, Count, timeouts: 0, percents: [50, 95, 99]);

        // The windows reach seven standard errors of each rank either side: about 3,000 + 1,400 + 700 values.
        Assert.InRange(segments.Units.Length, 0, 6_000);
        Assert.Equal(segments.Units.Length, segments.Values.Length);
        for (var s = 0; s < segments.Count; s++)
        {
            var held = segments.EntryStarts[s + 1] - segments.EntryStarts[s];
            Assert.True(held == 0 || segments.Walkable[s], $"segment {s} keeps {held} values but is not walkable");
        }
    }
}
