using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Time;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// 照会: the desk asks other departments for their opinion on a proposal, each request with a deadline in
/// business days; the asked department answers on the proposal's page; a missed deadline reminds the
/// department and tells the desk once.
/// </summary>
internal sealed class ProposalOpinions(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    IUserDirectory directory,
    INotificationSender notifications,
    IBusinessCalendar calendar,
    TimeProvider clock)
{
    public const int DefaultDays = 5;
    public const int MaxDays = 30;
    public const int MaxTextLength = 4000;

    public Task<List<OpinionRequest>> ForProposalAsync(long proposalId, CancellationToken cancellationToken) =>
        db.OpinionRequests.AsNoTracking().Where(o => o.ProposalId == proposalId).OrderBy(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>Returns the errors by input name (empty when the request was made).</summary>
    public async Task<IReadOnlyList<(string Key, string Message)>> RequestAsync(Proposal proposal, string? departmentCode, string? question, int days, string userName, CancellationToken cancellationToken)
    {
        var errors = new List<(string, string)>();
        var department = (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.IsActive && d.Code == departmentCode);
        if (department is null)
        {
            errors.Add(("opinionDepartment", Cultures.T("照会先の課を選んでください。", "Choose the department to ask.")));
        }
        else if (department.Code == proposal.LeadDepartmentCode)
        {
            errors.Add(("opinionDepartment", Cultures.T("担当課には照会できません。ほかの課を選んでください。", "The lead department cannot be asked; choose another department.")));
        }
        else if (await db.OpinionRequests.AnyAsync(o => o.ProposalId == proposal.Id && o.DepartmentCode == department.Code && o.AnsweredUtc == null && o.WithdrawnUtc == null, cancellationToken))
        {
            errors.Add(("opinionDepartment", Cultures.T("この課への照会は回答待ちです。", "This department has not answered the earlier request yet.")));
        }

        var text = ProposalValidator.Text(question);
        if (text.Length is 0 or > MaxTextLength)
        {
            errors.Add(("opinionQuestion", Cultures.T($"照会する内容を入力してください（{MaxTextLength:N0}文字以内）。", $"Write what you ask (at most {MaxTextLength:N0} characters).")));
        }

        if (days is < 1 or > MaxDays)
        {
            errors.Add(("opinionDays", Cultures.T($"回答期限は1〜{MaxDays}営業日で指定してください。", $"Give the deadline as 1 to {MaxDays} business days.")));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new OpinionRequest
        {
            ProposalId = proposal.Id, DepartmentCode = department!.Code, Question = text, RequestedBy = userName,
            RequestedUtc = now, DueUtc = await calendar.AddBusinessDaysAsync(now, days, cancellationToken),
        };
        db.OpinionRequests.Add(request);
        await SaveWithAsync(
            () => NotifyAsync(
                proposal,
                $"照会：{proposal.ReceiptNumber}「{proposal.Title}」（{JapanTime.Format(request.DueUtc)}まで）",
                $"公民連携デスクから提案についての意見照会があります。提案の画面で回答してください。/ The desk asks your department's opinion on a proposal; answer on its page by {JapanTime.Format(request.DueUtc)}.",
                department.Code,
                cancellationToken),
            cancellationToken);
        return [];
    }

    /// <summary>Only staff of the asked department answer, once. Returns an error message or null.</summary>
    public async Task<string?> AnswerAsync(Proposal proposal, long requestId, string? answer, string? userDepartment, string userName, CancellationToken cancellationToken)
    {
        var request = await db.OpinionRequests.FirstOrDefaultAsync(o => o.Id == requestId && o.ProposalId == proposal.Id, cancellationToken);
        if (request is null || !request.IsOpen || userDepartment is not { Length: > 0 } || request.DepartmentCode != userDepartment)
        {
            return Cultures.T("この照会には回答済みか、あなたの課への照会ではありません。", "This request is answered already or not addressed to your department.");
        }

        var text = ProposalValidator.Text(answer);
        if (text.Length is 0 or > MaxTextLength)
        {
            return Cultures.T($"回答を入力してください（{MaxTextLength:N0}文字以内）。", $"Write the answer (at most {MaxTextLength:N0} characters).");
        }

        (request.Answer, request.AnsweredBy, request.AnsweredUtc) = (text, userName, clock.GetUtcNow().UtcDateTime);
        await SaveWithAsync(() => NotifyDeskAsync(proposal, "照会への回答がありました", "A department answered the request for its opinion", cancellationToken), cancellationToken);
        return null;
    }

    /// <summary>The desk gives more time (business days from now; the reminder is due again) or withdraws an open request. Returns an error or null.</summary>
    public async Task<string?> ChangeAsync(Proposal proposal, long requestId, int? extendDays, string userName, CancellationToken cancellationToken)
    {
        var request = await db.OpinionRequests.FirstOrDefaultAsync(o => o.Id == requestId && o.ProposalId == proposal.Id, cancellationToken);
        if (request is null || !request.IsOpen)
        {
            return Cultures.T("この照会は回答済みか、取り下げ済みです。", "This request is answered or withdrawn already.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        string ja, en;
        if (extendDays is { } days)
        {
            if (days is < 1 or > MaxDays)
            {
                return Cultures.T($"延長する日数は1〜{MaxDays}営業日で指定してください。", $"Give 1 to {MaxDays} business days.");
            }

            (request.DueUtc, request.RemindedUtc) = (await calendar.AddBusinessDaysAsync(now, days, cancellationToken), null);
            (ja, en) = ($"照会の回答期限が{JapanTime.Format(request.DueUtc)}に延びました", $"The request's deadline moved to {JapanTime.Format(request.DueUtc)}");
        }
        else
        {
            (request.WithdrawnUtc, request.WithdrawnBy) = (now, userName);
            (ja, en) = ("照会は取り下げられました（回答は不要です）", "The request was withdrawn (no answer needed)");
        }

        await SaveWithAsync(() => NotifyAsync(proposal, $"{ja}：{proposal.ReceiptNumber}「{proposal.Title}」", $"{ja}。/ {en}.", request.DepartmentCode, cancellationToken), cancellationToken);
        return null;
    }

    /// <summary>
    /// Requests past their deadline: the department is reminded and the desk told, once per request — each request is
    /// claimed in the reminder's transaction, so another node finds it taken and sends nothing.
    /// </summary>
    public async Task<int> RemindOverdueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.OpinionRequests.AsNoTracking()
            .Where(o => o.AnsweredUtc == null && o.WithdrawnUtc == null && o.RemindedUtc == null && o.DueUtc < now).Take(50).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var request in overdue)
        {
            await SaveWithAsync(
                async () =>
                {
                    if (await db.OpinionRequests.Where(o => o.Id == request.Id && o.RemindedUtc == null)
                        .ExecuteUpdateAsync(x => x.SetProperty(o => o.RemindedUtc, now), cancellationToken) == 0)
                    {
                        return;
                    }

                    var proposal = await db.Proposals.AsNoTracking().FirstAsync(p => p.Id == request.ProposalId, cancellationToken);
                    await NotifyAsync(
                        proposal,
                        $"【期限超過】照会：{proposal.ReceiptNumber}「{proposal.Title}」",
                        "意見照会の回答期限が過ぎました。提案の画面で回答してください。/ The deadline of the request for your opinion passed; answer on the proposal's page.",
                        request.DepartmentCode,
                        cancellationToken);
                    await NotifyDeskAsync(proposal, "照会の回答期限が過ぎました", "A request for a department's opinion is overdue", cancellationToken);
                    reminded++;
                },
                cancellationToken);
        }

        return reminded;
    }

    /// <summary>Saves the changes and the notices about them in one transaction (notices join the caller's unit of work).</summary>
    private async Task SaveWithAsync(Func<Task> notices, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            await notices();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private Task<int> NotifyDeskAsync(Proposal proposal, string ja, string en, CancellationToken cancellationToken) =>
        NotifyAsync(proposal, $"{ja}：{proposal.ReceiptNumber}「{proposal.Title}」", $"{ja}。提案の画面で確認してください。/ {en}: open the proposal.", null, cancellationToken);

    /// <summary>A notice about the proposal's 照会, linking to them: to the asked department, or (without one) to the desk.</summary>
    private Task<int> NotifyAsync(Proposal proposal, string title, string body, string? departmentCode, CancellationToken cancellationToken) =>
        notifications.NotifyAsync(
            new NotificationRequest(
                title,
                body,
                ProposalRoutes.AdminUrl(proposal.Id) + "#opinions",
                Roles: departmentCode is null ? [RoleNames.DeskStaff] : null,
                DepartmentCodes: departmentCode is null ? null : [departmentCode],
                Source: $"proposal:{proposal.Id}"),
            cancellationToken);
}
