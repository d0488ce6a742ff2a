using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Data;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport;

internal sealed class PilotScheme : IProposalScheme
{
    public ProposalSchemeDescriptor Descriptor { get; } = new(
        "pilot",
        new("実証実験サポート", "Pilot support"),
        new(
            "新しい技術やサービスの実証実験を市内で行う提案です。実証フィールドや行政データの提供、広報などで支援します。",
            "A pilot of a new technology or service in the city, supported with test fields, administrative data and publicity."),
        20);

    /// <summary>An accepted pilot proposal becomes a pilot in preparation with its coordination checklist, once.</summary>
    public async Task<SchemeAcceptance> AcceptAsync(AcceptedProposal proposal, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var pilot = await SchemeRecords.CreateOnceAsync<PilotSupportDbContext, Pilot>(
            services,
            p => p.ProposalId == proposal.ProposalId,
            () => new Pilot
            {
                ProposalId = proposal.ProposalId, ReceiptNumber = proposal.ReceiptNumber, Title = proposal.Title,
                BusinessesJson = PilotJson.Write(proposal.Organizations), DepartmentCode = proposal.LeadDepartmentCode,
                Period = proposal.DesiredPeriod, Place = proposal.DesiredPlace, Status = PilotStatus.Preparing, CreatedUtc = clock.GetUtcNow().UtcDateTime,
                BusinessDoes = BusinessRole.Conduct | BusinessRole.Costs | BusinessRole.DataVerification | BusinessRole.Report,
                Checklist = PilotChecklist.Create(),
            },
            cancellationToken);
        var id = pilot.Id.ToString(CultureInfo.InvariantCulture);
        return new SchemeAcceptance($"pilot:{id}", new($"実証実験（準備中、番号 {id}）", $"Pilot (in preparation, no. {id})"), PilotRoutes.AdminUrl(pilot.Id));
    }
}
