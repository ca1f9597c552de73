using System;
using System.Collections.Generic;
using System.Linq;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>Carries invalid-input errors out of a loader; the gate turns them into RG4003 / exit code 1.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString()))) => Errors = errors;

    public InvalidInputException(InputError error)
        : this(new[] { error })
    {
    }

    public IReadOnlyList<InputError> Errors { get; }
}
