namespace ReleaseGates.Engine.Json;

/// <summary>A 1-based line and column inside a file; <see cref="None"/> when the problem is not at one place in it.</summary>
public readonly struct TextPosition : IEquatable<TextPosition>
{
    public TextPosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public static TextPosition None => default;

    public int Line { get; }

    public int Column { get; }

    public bool IsKnown => Line > 0;

    public bool Equals(TextPosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is TextPosition other && Equals(other);

    public override int GetHashCode() => (Line * 397) ^ Column;

    public static bool operator ==(TextPosition left, TextPosition right) => left.Equals(right);

    public static bool operator !=(TextPosition left, TextPosition right) => !left.Equals(right);

    public override string ToString() => IsKnown ? $"({Line},{Column})" : string.Empty;
}
