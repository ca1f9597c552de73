using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>What every budget judgement of one run shares: slice rules, waivers, today's date (a date, no time).</summary>
internal sealed record JudgeContext(decimal? MinSamples, IReadOnlyList<Waiver> Waivers, DateTime Today);
