namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// Moves the checkpoint over applied task ids without stepping past a missing one too early: under
/// PostgreSQL a transaction may commit task 11 before task 10, so a gap is waited for (up to
/// <paramref name="gapTimeout"/>, after which the id is taken as rolled back) while later tasks are
/// applied already.
/// </summary>
internal sealed class CheckpointTracker(TimeProvider clock, TimeSpan gapTimeout)
{
    private readonly SortedSet<long> _applied = [];
    private (long Start, DateTimeOffset Since)? _gap;

    public long Checkpoint { get; private set; }

    /// <summary>True while tasks after a missing id are applied but the checkpoint waits for it.</summary>
    public bool WaitingForGap => _applied.Count > 0;

    /// <summary>Highest task id applied (or the checkpoint): where to read new tasks from.</summary>
    public long ReadFrom => _applied.Count > 0 ? _applied.Max : Checkpoint;

    public void Reset(long checkpoint)
    {
        Checkpoint = checkpoint;
        _applied.Clear();
        _gap = null;
    }

    public bool IsPending(long taskId) => taskId > Checkpoint && !_applied.Contains(taskId);

    /// <summary>Records applied tasks and returns whether the checkpoint moved.</summary>
    public bool MarkApplied(IEnumerable<long> taskIds)
    {
        foreach (var id in taskIds.Where(id => id > Checkpoint))
        {
            _applied.Add(id);
        }

        var before = Checkpoint;
        var now = clock.GetUtcNow();
        while (_applied.Count > 0)
        {
            if (_applied.Min == Checkpoint + 1)
            {
                Checkpoint = _applied.Min;
                _applied.Remove(Checkpoint);
                continue;
            }

            // Ids Checkpoint+1 .. Min-1 are missing: wait for them, then take them as rolled back.
            if (_gap is not { } gap || gap.Start != Checkpoint + 1)
            {
                _gap = (Checkpoint + 1, now);
                break;
            }

            if (now - gap.Since < gapTimeout)
            {
                break;
            }

            Checkpoint = _applied.Min - 1;
        }

        return Checkpoint != before;
    }
}
