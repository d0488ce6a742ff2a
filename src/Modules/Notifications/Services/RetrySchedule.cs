namespace OpenCityAomori.Modules.Notifications.Services;

/// <summary>Exponential back-off: base, 2×base, 4×base … capped, until <see cref="MaxAttempts"/> attempts were made.</summary>
internal sealed record RetrySchedule(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1-based).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        if (attempts < 1)
        {
            return TimeSpan.Zero;
        }

        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = BaseDelay.TotalMilliseconds * factor;
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
    }

    /// <summary>True when no further attempt is allowed after <paramref name="attempts"/> attempts.</summary>
    public bool IsExhausted(int attempts) => attempts >= Math.Max(1, MaxAttempts);
}
