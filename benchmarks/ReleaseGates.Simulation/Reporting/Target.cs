using System.Globalization;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>A target of issue 9 for one rate: "≤ 5 %", "≥ 90 %", "> 50 %".</summary>
internal sealed record Target(string Comparison, double Rate)
{
    public static Target AtMost(double rate) => new("≤", rate);

    public static Target AtLeast(double rate) => new("≥", rate);

    public static Target MoreThan(double rate) => new(">", rate);

    public bool IsMetBy(double rate) => Comparison switch
    {
        "≤" => rate <= Rate,
        "≥" => rate >= Rate,
        _ => rate > Rate,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Comparison} {Rate * 100:0.#} %");
}
