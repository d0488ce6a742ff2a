using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// The pilot's report (報告書作成 → 報告書受領): the proposer uploads it on the proposal's tracking page in answer to the
/// document request; the department receives it (the pilot and the proposal are completed) or sends it back with a message.
/// </summary>
internal sealed class PilotReports(
    PilotLifecycle lifecycle,
    IModuleCapability<IProposalReader> reader,
    IModuleCapability<IProposalUpdates> proposals,
    TimeProvider clock)
{
    public const int MaxMessageLength = 4000;

    /// <summary>The proposal, or null for a pilot without one (or while Proposals cannot be read).</summary>
    public async Task<ProposalSnapshot?> ProposalAsync(Pilot pilot, CancellationToken cancellationToken) =>
        pilot.HasProposal && reader.Value is { } proposalReader ? await proposalReader.GetAsync(pilot.ProposalId, cancellationToken) : null;

    /// <summary>The files sent in answer to the report request, newest first; those before the last sending back are earlier versions.</summary>
    public static IReadOnlyList<ProposalFileInfo> ReportFiles(ProposalSnapshot? proposal) =>
        proposal?.Files.Where(f => f.RequestKey == PilotRoutes.ReportKey).OrderByDescending(f => f.UploadedUtc).ToList() ?? [];

    /// <summary>A report file sent since the report was last sent back: the one to receive.</summary>
    public static bool IsCurrent(Pilot pilot, ProposalFileInfo file) => pilot.ReportReturnedUtc is not { } returned || file.UploadedUtc > returned;

    public async Task<(ProposalFileInfo File, byte[] Bytes)?> OpenAsync(Pilot pilot, string fileId, CancellationToken cancellationToken)
    {
        if (!pilot.HasProposal || reader.Value is not { } proposalReader || await proposalReader.OpenFileAsync(pilot.ProposalId, fileId, cancellationToken) is not { } opened)
        {
            return null;
        }

        return opened.File.RequestKey == PilotRoutes.ReportKey ? opened : null;
    }

    /// <summary>報告書受領: ticks the report's two steps, completes the pilot, closes the request and completes the proposal.</summary>
    public async Task<PilotChange> ReceiveAsync(Pilot pilot, string? fileId, string userName, string? userId, CancellationToken cancellationToken)
    {
        if (pilot.Status != PilotStatus.AwaitingReport)
        {
            return PilotChange.Refused(Cultures.T("報告書を受領できるのは「報告待ち」の実証実験です。", "A report is received only while the pilot awaits it."));
        }

        var file = ReportFiles(await ProposalAsync(pilot, cancellationToken)).FirstOrDefault(f => f.Id == fileId);
        if (file is null || !IsCurrent(pilot, file))
        {
            return PilotChange.Refused(Cultures.T("受領する報告書のファイルが見つかりません。事業者等からの提出を待ってください。", "There is no report file to receive: wait for the business to send it."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in pilot.Checklist.Where(i => (i.Step is PilotStep.ReportWriting or PilotStep.ReportReceipt) && !i.IsDone))
        {
            (item.CompletedUtc, item.CompletedBy) = (item.Step == PilotStep.ReportWriting ? file.UploadedUtc : now, userName);
        }

        (pilot.Status, pilot.StatusChangedUtc, pilot.UpdatedUtc, pilot.ReportReceivedUtc, pilot.ReportFileId) = (PilotStatus.Completed, now, now, now, file.Id);
        if (!await lifecycle.SaveAsync(cancellationToken))
        {
            return PilotChange.Refused(PilotLifecycle.Concurrent);
        }

        var warnings = new List<string>();
        var updates = proposals.Value;
        if (updates is null || !await updates.CloseDocumentRequestAsync(pilot.ProposalId, PilotRoutes.ReportKey, cancellationToken))
        {
            warnings.Add(Cultures.T("提案の報告書の依頼を閉じられませんでした。", "The proposal's report request could not be closed."));
        }

        if (updates is null || !await updates.SetProgressAsync(pilot.ProposalId, ProposalProgress.Completed, cancellationToken))
        {
            warnings.Add(Cultures.T("提案の進捗を「完了」にできませんでした。", "The proposal's progress could not be set to completed."));
        }

        warnings.AddRange(await lifecycle.SyncPublicAsync(pilot, userId, cancellationToken));
        return new PilotChange(null, warnings);
    }

    /// <summary>差し戻す: the message goes to the proposer's thread; 報告書作成 is open again and files sent from now on are the new report.</summary>
    public async Task<PilotChange> ReturnAsync(Pilot pilot, string? message, string userName, CancellationToken cancellationToken)
    {
        var text = (message ?? string.Empty).Trim();
        if (pilot.Status != PilotStatus.AwaitingReport || !pilot.HasProposal)
        {
            return PilotChange.Refused(Cultures.T("差し戻せるのは「報告待ち」の実証実験の報告書です。", "Only a report the pilot awaits can be sent back."));
        }

        if (text.Length is 0 or > MaxMessageLength)
        {
            return PilotChange.Refused(Cultures.T($"事業者等へのメッセージ（修正をお願いする点）を入力してください（{MaxMessageLength:N0}文字以内）。", $"Write the message to the business (what to change), at most {MaxMessageLength:N0} characters."));
        }

        if (proposals.Value is not { } updates || !await updates.MessageProposerAsync(pilot.ProposalId, text, userName, cancellationToken))
        {
            return PilotChange.Refused(Cultures.T("事業者等にメッセージを送れませんでした。", "The message to the business could not be sent."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (pilot.ReportReturnedUtc, pilot.UpdatedUtc) = (now, now);
        foreach (var item in pilot.Checklist.Where(i => i.Step == PilotStep.ReportWriting))
        {
            (item.CompletedUtc, item.CompletedBy) = (null, null);
        }

        return await lifecycle.SaveAsync(cancellationToken) ? new PilotChange(null, []) : PilotChange.Refused(PilotLifecycle.Concurrent);
    }
}
