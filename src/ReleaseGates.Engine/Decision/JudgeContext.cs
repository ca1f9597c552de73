using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>What every budget judgement of one run shares: slice rules, waivers, today's date, intervals.</summary>
internal sealed class JudgeContext
{
    public JudgeContext(decimal? minSamples, IReadOnlyList<Waiver> waivers, DateTime today, IDeltaIntervalSource? intervals)
    {
        MinSamples = minSamples;
        Waivers = waivers;
        Today = today.Date;
        Intervals = intervals;
    }

    public decimal? MinSamples { get; }

    public IReadOnlyList<Waiver> Waivers { get; }

    public DateTime Today { get; }

    public IDeltaIntervalSource? Intervals { get; }
}
