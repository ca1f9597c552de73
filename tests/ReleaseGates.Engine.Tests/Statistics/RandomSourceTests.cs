using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Tests.Statistics;

public sealed class RandomSourceTests
{
    // Expected values: a separate Python transcription of the authors' C reference code (splitmix64.c, xoshiro256starstar.c).
    [Fact]
    public void SplitMix64_gives_the_reference_sequence()
    {
        var generator = new SplitMix64(0);

        Assert.Equal([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL], new[] { generator.Next(), generator.Next(), generator.Next() });
    }

    [Fact]
    public void SplitMix64_can_start_after_any_number_of_outputs()
    {
        var stepped = new SplitMix64(7);
        stepped.Next();
        stepped.Next();

        Assert.Equal(stepped.Next(), SplitMix64.After(7, 2).Next());
    }

    [Fact]
    public void Xoshiro256StarStar_seeded_by_SplitMix64_gives_the_reference_sequence()
    {
        var generator = new Xoshiro256StarStar(new SplitMix64(7));

        Assert.Equal([0xB358FAF74EF9765AUL, 0x475C3D964F482CD2UL, 0xD6F1D349952C7996UL], new[] { generator.Next(), generator.Next(), generator.Next() });
    }
}
