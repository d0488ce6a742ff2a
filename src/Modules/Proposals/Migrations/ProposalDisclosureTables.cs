using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>情報公開: the consultations of the proposer before a disclosure, and what staff released.</summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612080100_ProposalDisclosureTables")]
internal sealed class ProposalDisclosureTables : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Proposals_DisclosureConsultations", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            ConsultedOn = t.Column<DateOnly>(nullable: false),
            Method = t.Column<int>(nullable: false),
            OpinionSummary = t.Column<string>(maxLength: 4000, nullable: false),
            RecordedBy = t.Column<string>(maxLength: 256, nullable: false),
            RecordedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_DisclosureConsultations", x => x.Id);
            t.ForeignKey("FK_Proposals_DisclosureConsultations_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Proposals_DisclosureConsultations_ProposalId", "Proposals_DisclosureConsultations", "ProposalId");

        mb.CreateTable("Proposals_DisclosureReleases", t => new
        {
            ProposalId = t.Column<long>(nullable: false),
            ReleasedKeysJson = t.Column<string>(nullable: false),
            UpdatedBy = t.Column<string>(maxLength: 256, nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_DisclosureReleases", x => x.ProposalId);
            t.ForeignKey("FK_Proposals_DisclosureReleases_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Proposals_DisclosureReleases");
        mb.DropTable("Proposals_DisclosureConsultations");
    }
}
