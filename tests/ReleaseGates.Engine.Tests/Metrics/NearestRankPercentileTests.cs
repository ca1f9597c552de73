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
        var sorted = Enumerable.Range(1, 20).Select(i => i * 10.0).ToArray();

        Assert.Equal((100, 190, 200), (NearestRankPercentile.Of(sorted, 50), NearestRankPercentile.Of(sorted, 95), NearestRankPercentile.Of(sorted, 99)));
    }

    [Fact]
    public void No_values_have_no_percentile()
    {
        Assert.True(double.IsNaN(NearestRankPercentile.Of([], 95)));
    }
}
