using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>The rows a step claims or reads before it moves tokens: received events, waits, tasks.</summary>
internal sealed partial class WorkflowEngine
{
    /// <summary>
    /// Records the event's id; false when it was received before (ON CONFLICT DO NOTHING, on SQLite and
    /// PostgreSQL: on PostgreSQL a concurrent delivery waits for the first to commit).
    /// </summary>
    public async Task<bool> RecordEventOnceAsync(WorkflowEvent e, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"Workflows_ReceivedEvents\" (\"EventId\", \"Name\", \"BusinessKey\", \"ReceivedUtc\") VALUES ({e.EventId}, {e.Name}, {e.BusinessKey}, {Now}) ON CONFLICT DO NOTHING",
            cancellationToken) > 0;

    /// <summary>The message waits for <paramref name="eventName"/> with that business key, oldest first.</summary>
    public Task<List<WorkflowWait>> MessageWaitsAsync(string eventName, string businessKey, CancellationToken cancellationToken) =>
        db.Waits.AsNoTracking()
            .Where(w => w.EventName == eventName && w.BusinessKey == businessKey && w.Kind == WaitKind.Message)
            .OrderBy(w => w.CreatedUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Deletes the wait; false when a concurrent step claimed it first. Claiming is what makes a resume happen once.</summary>
    public async Task<bool> ClaimWaitAsync(Guid waitId, CancellationToken cancellationToken) =>
        await db.Waits.Where(w => w.Id == waitId).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<WorkflowTask?> FindTaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
}
