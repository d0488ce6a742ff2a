using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>
/// Applies a recipe's .bpmn file to its definition, on a new site or one seeded earlier. The same file as
/// last time changes nothing. A new file replaces the seeded version (a new version, published; the old one
/// is retired and keeps its finished instances) only while nothing of staff's is in the way: the published
/// version is still the seeded one, unedited, no instance runs, waits or is faulted on it, and the latest
/// version is that one or a seeded draft. Otherwise it waits as a draft beside staff's work and the designer
/// says so. Each change is one transaction with its audit record.
/// </summary>
internal sealed class WorkflowSeeder(
    WorkflowsDbContext db,
    WorkflowDefinitionStore store,
    BpmnValidator validator,
    ProcessModelCache models,
    IAuditTrail audit,
    AmbientTransaction ambient,
    TimeProvider clock)
{
    public async Task<SeedResult> SeedAsync(string name, string titleJa, string titleEn, string xml, bool publish, CancellationToken cancellationToken = default)
    {
        // The file applied last time is not parsed again: a start-up on an unchanged recipe costs one query per flow.
        var hash = SeedHashes.Of(xml);
        var definition = await db.Definitions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (definition?.SeedHash == hash)
        {
            return new(SeedOutcome.Unchanged, null, []);
        }

        var problems = validator.Validate(xml).Problems;
        if (problems.Any(p => p.Blocking))
        {
            return new(SeedOutcome.Refused, null, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var joined = ambient.Use(transaction);
        var result = definition is null
            ? await CreateAsync(name, titleJa, titleEn, xml, hash, publish && problems.Count == 0, cancellationToken)
            : await UpgradeAsync(definition, xml, hash, publish, problems.Count > 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result with { Problems = result.Problems.Count > 0 ? result.Problems : problems };
    }

    private async Task<SeedResult> CreateAsync(string name, string titleJa, string titleEn, string xml, string hash, bool publish, CancellationToken cancellationToken)
    {
        var created = await store.ImportAsync(name, titleJa, titleEn, xml, user: null, publish, cancellationToken);
        if (!created.Succeeded)
        {
            return new(SeedOutcome.Refused, null, created.Problems, created.Error?.En);
        }

        var definition = await db.Definitions.FirstAsync(d => d.Name == name, cancellationToken);
        definition.SeedHash = hash;
        var version = await db.Versions.FirstAsync(v => v.DefinitionId == definition.Id && v.Version == created.Version, cancellationToken);
        version.SeedHash = hash;
        await db.SaveChangesAsync(cancellationToken);
        return new(SeedOutcome.Created, created.Version, []);
    }

    private async Task<SeedResult> UpgradeAsync(WorkflowDefinition definition, string xml, string hash, bool publish, bool hasProblems, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.Where(v => v.DefinitionId == definition.Id).ToListAsync(cancellationToken);
        if (definition.SeedHash is null)
        {
            AdoptEarlierSeeds(versions);
        }

        definition.SeedHash = hash;
        var latest = versions.Single(v => v.Version == definition.LatestVersion);
        if (IsSeeded(latest) && latest.SeedHash == hash)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(SeedOutcome.Recorded, latest.Version, []);
        }

        var published = versions.Find(v => v.Status == DefinitionVersionStatus.Published);
        var reason = await InTheWayAsync(published, latest, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var target = latest;
        if (latest.Status != DefinitionVersionStatus.Draft || !IsSeeded(latest))
        {
            target = new WorkflowDefinitionVersion
            {
                Id = Guid.NewGuid(), DefinitionId = definition.Id, Version = definition.LatestVersion + 1, Status = DefinitionVersionStatus.Draft, CreatedUtc = now,
            };
            db.Versions.Add(target);
            definition.LatestVersion = target.Version;
        }

        models.Forget(target.Id);
        target.Xml = xml;
        target.SeedHash = hash;
        target.UpdatedUtc = now;
        definition.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        reason ??= !publish ? "notPublished" : hasProblems ? "problems" : null;
        var result = reason is null ? await store.PublishAsync(definition.Name, target.Version, user: null, cancellationToken) : null;
        var outcome = result is { Succeeded: true } ? SeedOutcome.Published : SeedOutcome.Drafted;
        reason ??= outcome == SeedOutcome.Drafted ? "problems" : null;
        var after = JsonSerializer.Serialize(new { target.Version, Reason = reason, SeedHash = hash });
        var action = outcome == SeedOutcome.Published ? "RecipePublished" : "RecipeDrafted";
        await audit.RecordAsync(new AuditRecord(WorkflowsModule.Id, action, nameof(WorkflowDefinition), definition.Id.ToString(), null, after), cancellationToken);
        return new(outcome, target.Version, result?.Problems ?? [], Reason: reason);
    }

    /// <summary>Why the new version may not replace what is there; null when nothing of staff's and no live instance is in the way.</summary>
    private async Task<string?> InTheWayAsync(WorkflowDefinitionVersion? published, WorkflowDefinitionVersion latest, CancellationToken cancellationToken)
    {
        if (latest != published && !IsSeeded(latest))
        {
            return "staffDraft";
        }

        if (published is null)
        {
            return null;
        }

        if (!IsSeeded(published))
        {
            return "edited";
        }

        var live = await db.Instances.AnyAsync(i => i.DefinitionVersionId == published.Id
            && (i.Status == InstanceStatus.Running || i.Status == InstanceStatus.Waiting || i.Status == InstanceStatus.Faulted), cancellationToken);
        return live ? "instances" : null;
    }

    /// <summary>
    /// A site seeded before hashes were kept: versions no one created or published came from the recipe, and a
    /// published or retired version's XML is frozen, so it is still what was seeded. Drafts could have been edited.
    /// </summary>
    private static void AdoptEarlierSeeds(List<WorkflowDefinitionVersion> versions)
    {
        foreach (var v in versions.Where(v => v.SeedHash is null && v.CreatedBy is null && v.PublishedBy is null && v.Status != DefinitionVersionStatus.Draft))
        {
            v.SeedHash = SeedHashes.Of(v.Xml);
        }
    }

    private static bool IsSeeded(WorkflowDefinitionVersion version) =>
        version.SeedHash is not null && string.Equals(SeedHashes.Of(version.Xml), version.SeedHash, StringComparison.Ordinal);
}

/// <summary>What applying a recipe's file did.</summary>
internal enum SeedOutcome
{
    /// <summary>The file has problems that refuse even a draft; nothing changed.</summary>
    Refused,

    /// <summary>The same file as last time: nothing changed.</summary>
    Unchanged,

    /// <summary>A new definition (published when the recipe asks and it has no problem).</summary>
    Created,

    /// <summary>The definition already holds this file (a site seeded before hashes were kept): only remembered.</summary>
    Recorded,

    /// <summary>The new version replaced the seeded one and is published.</summary>
    Published,

    /// <summary>Staff's work, live instances or problems are in the way: the new version waits as a draft.</summary>
    Drafted,
}

/// <summary><see cref="Reason"/> says why a new version was only drafted: staffDraft, edited, instances, notPublished or problems.</summary>
internal sealed record SeedResult(SeedOutcome Outcome, int? Version, IReadOnlyList<BpmnProblem> Problems, string? Error = null, string? Reason = null);
