using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class NearestRankPercentileTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(95)]
    [InlineData(99)]
    [InlineData(100)]
    public void One_value_is_every_percentile(int percent)
    {
        Assert.Equal(240, NearestRankPercentile.Of([240.0], percent));
    }

    [Fact]
    public void The_hundredth_percentile_is_the_largest_value()
    {
        Assert.Equal(9, NearestRankPercentile.Of([1.0, 2, 3, 9], 100));
    }

    [Theory]
    [InlineData(50, 20, 10)]
    [InlineData(95, 20, 19)] // ceil(0.95 × 20) = 19 exactly, no floating-point 19.000000000000004
    [InlineData(99, 20, 20)]
    [InlineData(95, 100, 95)]
    [InlineData(99, 1000, 990)]
    [InlineData(50, 3, 2)]
    [InlineData(95, 3, 3)]
    [InlineData(0, 10, 1)]
    public void The_rank_is_the_ceiling_of_p_times_n(int percent, int count, int rank)
    {
        Assert.Equal(rank, NearestRankPercentile.Rank(percent, count));
    }

    [Fact]
    public void The_percentile_is_the_value_at_that_rank_of_the_sorted_values()
    {
        var shuffled = Enumerable.Range(1, 20).Select(i => i * 10.0).Reverse().ToArray();

        Assert.Equal((100, 190, 200), (NearestRankPercentile.Of(shuffled, 50), NearestRankPercentile.Of(shuffled, 95), NearestRankPercentile.Of(shuffled, 99)));
    }

    [Fact]
    public void Selection_agrees_with_sorting_on_any_input()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 300; trial++)
        {
            // Few distinct values too: duplicates are where partitioning goes wrong.
            var values = Enumerable.Range(0, random.Next(1, 200)).Select(_ => (double)random.Next(trial % 2 == 0 ? 5 : 10_000)).ToArray();
            var sorted = values.OrderBy(v => v).ToArray();
            foreach (var percent in new[] { 0, 1, 50, 95, 99, 100 })
            {
                Assert.Equal(sorted[NearestRankPercentile.Rank(percent, values.Length) - 1], NearestRankPercentile.Of(values, percent));
            }
        }
    }

    [Fact]
    public void Several_percentiles_selected_one_after_the_other_agree_with_sorting()
    {
        // Each selection searches only above the one before: check that nothing it skipped was needed.
        var random = new Random(4);
        int[] percents = [0, 50, 50, 95, 99, 100];
        for (var trial = 0; trial < 300; trial++)
        {
            var values = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (double)random.Next(trial % 2 == 0 ? 4 : 1_000)).ToArray();
            var sorted = values.OrderBy(v => v).ToArray();

            var expected = percents.Select(p => values.Length == 0 ? double.NaN : sorted[NearestRankPercentile.Rank(p, values.Length) - 1]);
            Assert.Equal(expected, NearestRankPercentile.Of(values, percents));
        }
    }

    [Fact]
    public void No_values_have_no_percentile()
    {
        Assert.True(double.IsNaN(NearestRankPercentile.Of([], 95)));
    }
}
