using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class MetricNumberTests
{
    // Expected digits: Python 3.11's repr(numerator / denominator).
    [Theory]
    [InlineData(1, 3, "0.3333333333333333")]
    [InlineData(2, 3, "0.6666666666666666")]
    [InlineData(1, 10, "0.1")]
    [InlineData(3, 10, "0.3")]
    [InlineData(1, 7, "0.14285714285714285")]
    [InlineData(5, 17, "0.29411764705882354")]
    [InlineData(123, 4567, "0.026932340705058025")]
    [InlineData(22, 7, "3.142857142857143")]
    [InlineData(1, 12, "0.08333333333333333")]
    [InlineData(13, 1_200_000, "0.000010833333333333334")] // Python: 1.0833333333333334e-05
    [InlineData(1, 1_000_000, "0.000001")] // Python: 1e-06
    [InlineData(0, 5, "0")] // Python: 0.0
    public void A_ratio_is_written_with_the_digits_of_Pythons_repr(long numerator, long denominator, string expected)
    {
        Assert.Equal(expected, MetricNumber.Format(MicroAverage.Ratio(numerator, denominator)));
    }

    [Theory]
    [InlineData(240.0, "240")]
    [InlineData(910.5, "910.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-8, "1.5e-08")]
    [InlineData(-0.25, "-0.25")]
    public void Whole_large_small_and_negative_numbers_read_back_exactly(double value, string expected)
    {
        var text = MetricNumber.Format(value);

        Assert.Equal(expected, text);
        Assert.Equal(value, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_written_number_reads_back_to_the_same_double()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 10_000; trial++)
        {
            var value = MicroAverage.Ratio(random.Next(0, 100_000), random.Next(1, 1_000_000));
            Assert.Equal(value, double.Parse(MetricNumber.Format(value), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_decimal_is_the_written_number()
    {
        Assert.Equal(0.3333333333333333m, MetricNumber.ToDecimal(1.0 / 3));
        Assert.Equal(0.1m, MetricNumber.ToDecimal(0.1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void Values_no_decimal_can_hold_have_no_decimal(double value)
    {
        Assert.Null(MetricNumber.ToDecimal(value));
    }
}
