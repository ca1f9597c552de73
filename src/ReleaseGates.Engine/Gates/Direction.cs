namespace ReleaseGates.Engine.Gates;

public enum Direction
{
    LowerIsBetter,
    HigherIsBetter,
}
