namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The correctly rounded sum of doubles, as Python's <c>math.fsum</c> computes it (Shewchuk's partials, "Adaptive
/// Precision Floating-Point Arithmetic and Fast Robust Geometric Predicates", 1997, with CPython's final half-even
/// correction): a measure's mean is this sum over the count, digit for digit what a Python scorer gets.
/// </summary>
internal sealed class ExactSum
{
    private readonly List<double> _partials = [];
    private double _infinities;

    public void Add(double x)
    {
        if (double.IsInfinity(x))
        {
            _infinities += x;
            return;
        }

        var i = 0;
        for (var j = 0; j < _partials.Count; j++)
        {
            var y = _partials[j];
            if (Math.Abs(x) < Math.Abs(y))
            {
                (x, y) = (y, x);
            }

            var hi = x + y;
            var lo = y - (hi - x);
            if (lo != 0)
            {
                _partials[i++] = lo;
            }

            x = hi;
        }

        _partials.RemoveRange(i, _partials.Count - i);
        _partials.Add(x);
    }

    public double Value
    {
        get
        {
            if (_infinities != 0 || double.IsNaN(_infinities))
            {
                return _infinities;
            }

            var n = _partials.Count;
            if (n == 0)
            {
                return 0;
            }

            var hi = _partials[--n];
            var lo = 0.0;
            while (n > 0)
            {
                var x = hi;
                var y = _partials[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0)
                {
                    break;
                }
            }

            // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds the last digit up, as CPython does.
            if (n > 0 && ((lo < 0 && _partials[n - 1] < 0) || (lo > 0 && _partials[n - 1] > 0)))
            {
                var y = lo * 2;
                var x = hi + y;
                if (y == x - hi)
                {
                    hi = x;
                }
            }

            return hi;
        }
    }
}
