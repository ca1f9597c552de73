namespace ReleaseGates.Engine;

/// <summary>
/// The words a contract uses for an enum's values ("lower_is_better", "rollback", "inconclusive"), both ways. A value
/// or word the table does not know is a bug or a foreign file, never a silent default.
/// </summary>
public sealed class EnumNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _names = new();
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);

    public EnumNames(params (T Value, string Name)[] names)
    {
        foreach (var (value, name) in names)
        {
            _names.Add(value, name);
            _values.Add(name, value);
        }

        All = names.Select(pair => pair.Name).ToArray();
    }

    /// <summary>Every word, in the order given.</summary>
    public IReadOnlyList<string> All { get; }

    /// <exception cref="ArgumentOutOfRangeException">The value has no word.</exception>
    public string Of(T value) =>
        _names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"no name for {typeof(T).Name}.{value}");

    public bool TryParse(string name, out T value) => _values.TryGetValue(name, out value);

    /// <exception cref="FormatException">The word is not one of <see cref="All"/>.</exception>
    public T Parse(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name} '{name}'; expected {string.Join(", ", All)}");
}
