using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>What a change did: refused with a message, or done with warnings about what could not follow it.</summary>
internal sealed record PilotChange(string? Error, IReadOnlyList<string> Warnings)
{
    public static PilotChange Refused(string error) => new(error, []);
}

/// <summary>
/// Status changes under <see cref="PilotStatusRules"/>, and what follows them outside the pilot's own transaction: the
/// proposal's progress (実施中 when it starts), the report request (asked when it waits for the report, closed when it is
/// cancelled), the public pages.
/// </summary>
internal sealed class PilotLifecycle(
    PilotSupportDbContext db,
    PilotPublicPages publicPages,
    IModuleCapability<IProposalUpdates> proposals,
    TimeProvider clock)
{
    public static readonly string Concurrent = Cultures.T(
        "ほかの人がこの実証実験を変更しました。画面を読み込み直してから、もう一度操作してください。",
        "Someone else changed this pilot: reload the page and try again.");

    public async Task<PilotChange> ChangeStatusAsync(Pilot pilot, PilotStatus to, string? reason, string? userId, CancellationToken cancellationToken)
    {
        if (PilotStatusRules.Refusal(pilot, to, reason) is { } refusal)
        {
            return PilotChange.Refused(refusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (pilot.Status, pilot.StatusChangedUtc, pilot.UpdatedUtc) = (to, now, now);
        if (to == PilotStatus.Cancelled)
        {
            pilot.StatusNote = reason!.Trim();
        }

        if (to == PilotStatus.AwaitingReport && pilot.HasProposal)
        {
            pilot.ReportRequestedUtc = now;
        }

        if (!await SaveAsync(cancellationToken))
        {
            return PilotChange.Refused(Concurrent);
        }

        var warnings = new List<string>();
        if (pilot.HasProposal && to == PilotStatus.Running && !await (proposals.Value?.SetProgressAsync(pilot.ProposalId, ProposalProgress.InProgress, cancellationToken) ?? Task.FromResult(false)))
        {
            warnings.Add(Cultures.T("提案の進捗を「実施中」にできませんでした。", "The proposal's progress could not be set to in progress."));
        }

        if (pilot.HasProposal && to == PilotStatus.AwaitingReport && !await RequestReportAsync(pilot, cancellationToken))
        {
            warnings.Add(Cultures.T("事業者等への報告書の依頼を送れませんでした。報告書の欄から改めて依頼してください。", "The report could not be asked for: ask again in the report section."));
        }

        // A cancelled pilot no longer waits for its report: the tracking page stops offering the upload.
        if (pilot.HasProposal && to == PilotStatus.Cancelled && pilot.ReportRequestedUtc is not null
            && !await (proposals.Value?.CloseDocumentRequestAsync(pilot.ProposalId, PilotRoutes.ReportKey, cancellationToken) ?? Task.FromResult(false)))
        {
            warnings.Add(Cultures.T("提案の報告書の依頼を閉じられませんでした。", "The proposal's report request could not be closed."));
        }

        warnings.AddRange(await SyncPublicAsync(pilot, userId, cancellationToken));
        return new PilotChange(null, warnings);
    }

    /// <summary>Asks the proposer for the report on the tracking page (idempotent: a repeat updates the request and its due date).</summary>
    public async Task<bool> RequestReportAsync(Pilot pilot, CancellationToken cancellationToken)
    {
        if (!pilot.HasProposal || proposals.Value is not { } updates)
        {
            return false;
        }

        var due = pilot.Checklist.FirstOrDefault(i => i.Step == PilotStep.ReportWriting)?.DueOn;
        var request = new ProposalDocumentRequest(
            PilotRoutes.ReportKey,
            new($"実証実験「{pilot.Title}」の報告書", $"Report of the pilot \"{(pilot.TitleEn.Length > 0 ? pilot.TitleEn : pilot.Title)}\""),
            new(
                "実証実験で得られたデータの検証結果等をまとめた報告書（PDF等）を提出してください。所管課が内容を確認し、受領または修正のお願いをご連絡します。",
                "Please send the report of the pilot (e.g. a PDF) with the verification of the data obtained. The department in charge checks it and confirms receipt or asks for changes."),
            due);
        return await updates.RequestDocumentAsync(pilot.ProposalId, request, cancellationToken);
    }

    /// <summary>Brings the public pages in step and saves the hash; a warning when the portal refused.</summary>
    public async Task<IReadOnlyList<string>> SyncPublicAsync(Pilot pilot, string? userId, CancellationToken cancellationToken)
    {
        var error = await publicPages.SyncAsync(pilot, userId, cancellationToken);
        await SaveAsync(cancellationToken);
        return error is null ? [] : [error];
    }

    /// <summary>Saves; false when someone else changed the pilot's status or a checklist item's completion meanwhile.</summary>
    public async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
