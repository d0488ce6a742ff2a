using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>Instances for staff: a filtered list, and one instance with its diagram position and history.</summary>
internal sealed class WorkflowInstanceQuery(WorkflowsDbContext db)
{
    public async Task<InstancePage> ListAsync(InstanceFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Instances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.DefinitionName))
        {
            query = query.Where(i => i.DefinitionName == filter.DefinitionName);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.BusinessKey))
        {
            var key = filter.BusinessKey.Trim();
            query = query.Where(i => i.BusinessKey.StartsWith(key));
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(i => i.CreatedUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(i => i.CreatedUtc < to);
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => new InstanceSummary(i.Id, i.DefinitionName, i.DefinitionVersion, i.BusinessKey, i.Status, i.Error, i.CreatedUtc, i.UpdatedUtc, i.CompletedUtc))
            .ToListAsync(cancellationToken);
        return new(items, total, page, pageSize);
    }

    public async Task<InstanceDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var xml = await db.Versions.AsNoTracking().Where(v => v.Id == instance.DefinitionVersionId).Select(v => v.Xml).FirstOrDefaultAsync(cancellationToken) ?? "";
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedUtc).ToListAsync(cancellationToken);
        var tokens = JsonSerializer.Deserialize<List<Token>>(instance.TokensJson, TokenJson.Options) ?? [];
        var gateways = tokens.Where(t => t.State == TokenState.AtEventGateway).ToDictionary(t => t.Id, t => t.ElementId);
        var waitRows = await db.Waits.AsNoTracking().Where(w => w.InstanceId == id)
            .OrderBy(w => w.DueUtc == null).ThenBy(w => w.DueUtc).ThenBy(w => w.ElementId).ToListAsync(cancellationToken);
        var waits = waitRows.Select(w => new WaitView(w.Id, w.Kind, w.ElementId, w.EventName, w.DueUtc, gateways.GetValueOrDefault(w.TokenId))).ToList();
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);

        // Where the instance is: its tokens (at a task, an event, a gateway) and its open tasks.
        var active = tokens.Select(t => t.ElementId)
            .Concat(tasks.Where(t => t.Status == WorkflowTaskStatus.Open).Select(t => t.ElementId))
            .Distinct(StringComparer.Ordinal).ToList();
        var variables = JsonSerializer.Deserialize<Dictionary<string, string?>>(instance.VariablesJson) ?? [];
        return new(
            new InstanceSummary(instance.Id, instance.DefinitionName, instance.DefinitionVersion, instance.BusinessKey, instance.Status, instance.Error, instance.CreatedUtc, instance.UpdatedUtc, instance.CompletedUtc),
            xml, instance.FaultedElementId, instance.RetryCount, instance.NextAttemptUtc, active, tasks, waits, variables, history);
    }
}
