using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Stores a valid proposal as ONE durable transaction: the proposal, its files, its receipt number, the
/// receipt e-mail (outbox, enlisted) and the <c>ProposalSubmitted</c> event waiting to be published.
/// Only after the commit is the proposer shown the receipt page.
/// </summary>
internal sealed class ProposalStore(
    ProposalsDbContext db,
    AmbientTransaction ambient,
    TimeProvider clock,
    ProposalEmails emails,
    IUserDirectory directory,
    ProposalFormOptionsProvider challenges,
    ILogger<ProposalStore> logger)
{
    public async Task<(Proposal Proposal, string Token)> SubmitAsync(
        ValidProposal input, string culture, string siteOrigin, CancellationToken cancellationToken, ProposalChannel channel = ProposalChannel.Online)
    {
        var department = await DepartmentOfChallengeAsync(input.Challenge, cancellationToken);
        return await ProposalReceipts.StoreAsync(db, logger, () => SubmitOnceAsync(input, culture, siteOrigin, department, channel, cancellationToken));
    }

    private async Task<(Proposal, string)> SubmitOnceAsync(
        ValidProposal input, string culture, string siteOrigin, string? department, ProposalChannel channel, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (token, hash) = TrackingTokens.New();
        await using var durable = await DurableCommit.BeginAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (ambient.Use(transaction))
        {
            var proposal = new Proposal
            {
                ReceiptNumber = await ProposalReceipts.NextAsync(db, now, cancellationToken),
                Kind = input.Kind,
                Scheme = input.Scheme,
                ChallengeId = input.Challenge?.Id,
                ChallengeTitle = input.Challenge?.Title,
                ApplicantType = input.ApplicantType,
                Channel = channel,
                Stage = ProposalStage.Received,
                LeadDepartmentCode = department,
                OrganizationsJson = JsonSerializer.Serialize(input.Organizations, ProposalJson.Options),
                ContactName = input.ContactName,
                ContactKana = input.ContactKana,
                ContactDepartment = input.ContactDepartment,
                ContactEmail = input.ContactEmail,
                ContactPhone = input.ContactPhone,
                Title = input.Texts["Title"],
                Summary = input.Texts["Summary"],
                Details = input.Texts["Details"],
                ProposerResources = input.Texts["ProposerResources"],
                CityResources = input.Texts["CityResources"],
                ExpectedBenefits = input.Texts["ExpectedBenefits"],
                DesiredPeriod = input.Texts["DesiredPeriod"],
                DesiredPlace = input.Texts["DesiredPlace"],
                ConfidentialFieldsJson = JsonSerializer.Serialize(input.Confidential, ProposalJson.Options),
                EditorFieldsJson = ProposalFormTemplate.Serialize(input.EditorAnswers),
                ConsentVersion = input.ConsentVersion,
                ConsentUtc = now,
                Culture = culture,
                SiteOrigin = siteOrigin,
                TrackingTokenHash = hash,
                SubmittedUtc = now,
                StageChangedUtc = now,
            };
            proposal.SearchText = ProposalInbox.SearchTextOf(proposal.ReceiptNumber, proposal.Title, input.Organizations.Select(o => o.Name));
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var file in input.Attachments)
            {
                db.Files.Add(new ProposalFile
                {
                    Id = Guid.NewGuid().ToString("N"),
                    ProposalId = proposal.Id,
                    FileName = file.FileName,
                    ContentType = file.ContentType,
                    Length = file.Bytes.Length,
                    Data = file.Bytes,
                    Confidential = file.Confidential,
                    UploadedBy = MessageAuthor.Proposer,
                    CreatedUtc = now,
                });
            }

            db.PendingEvents.Add(ProposalEventData.Submitted(proposal, now));
            await emails.ReceiptAsync(proposal, ProposalRoutes.TrackingUrl(siteOrigin, token, culture), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (proposal, token);
        }
    }

    /// <summary>
    /// A 課題提案 goes to its challenge's department by code, while that department is active (an inactive one
    /// routes nowhere and the flow asks the desk); only challenges saved before codes are matched by name.
    /// </summary>
    private async Task<string?> DepartmentOfChallengeAsync(ProposalChallenge? challenge, CancellationToken cancellationToken)
    {
        if (challenge is null)
        {
            return null;
        }

        var departments = await directory.DepartmentsAsync(cancellationToken);
        // The form's options carry the shown translation's code; another translation may hold it for older items.
        if ((challenge.DepartmentCode ?? await challenges.DepartmentCodeAsync(challenge.Id, cancellationToken)) is { } code)
        {
            return departments.Any(d => d.IsActive && d.Code == code) ? code : null;
        }

        return challenge.Department is { Length: > 0 } name
            ? departments.FirstOrDefault(d => d.IsActive && (d.Name.Ja == name || d.Name.En == name))?.Code
            : null;
    }
}
