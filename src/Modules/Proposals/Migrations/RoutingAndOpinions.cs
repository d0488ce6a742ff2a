using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;

namespace OpenCityAomori.Modules.Proposals.Migrations;

/// <summary>
/// 照会 (opinion requests to other departments), each with its deadline, reminder and answer; and the due
/// date of a proposal's current stage (the department's review), so the inbox can filter what is overdue;
/// the setting whether the desk reviews departments' answers before they are sent (default yes); and the
/// scheme's acceptance of a proposal (when, and the record it created).
/// </summary>
[DbContext(typeof(ProposalsDbContext))]
[Migration("202612080200_RoutingAndOpinions")]
internal sealed class RoutingAndOpinions : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<DateTime>("StageDueUtc", "Proposals_Proposals", nullable: true);
        mb.AddColumn<DateTime>("AcceptedUtc", "Proposals_Proposals", nullable: true);
        mb.AddColumn<string>("AcceptanceReference", "Proposals_Proposals", maxLength: 100, nullable: true);
        mb.AddColumn<string>("AcceptanceJa", "Proposals_Proposals", maxLength: 300, nullable: true);
        mb.AddColumn<string>("AcceptanceEn", "Proposals_Proposals", maxLength: 300, nullable: true);
        mb.AddColumn<bool>("DeskReviewsAnswers", "Proposals_Settings", nullable: false, defaultValue: true);
        mb.CreateTable("Proposals_OpinionRequests", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            DepartmentCode = t.Column<string>(maxLength: 64, nullable: false),
            Question = t.Column<string>(nullable: false),
            RequestedBy = t.Column<string>(maxLength: 256, nullable: false),
            RequestedUtc = t.Column<DateTime>(nullable: false),
            DueUtc = t.Column<DateTime>(nullable: false),
            RemindedUtc = t.Column<DateTime>(nullable: true),
            Answer = t.Column<string>(nullable: true),
            AnsweredBy = t.Column<string>(maxLength: 256, nullable: true),
            AnsweredUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Proposals_OpinionRequests", x => x.Id);
            t.ForeignKey("FK_Proposals_OpinionRequests_Proposals_Proposals_ProposalId", x => x.ProposalId, "Proposals_Proposals", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Proposals_OpinionRequests_ProposalId", "Proposals_OpinionRequests", "ProposalId");
        mb.CreateIndex("IX_Proposals_OpinionRequests_DepartmentCode_ProposalId", "Proposals_OpinionRequests", ["DepartmentCode", "ProposalId"]);
        mb.CreateIndex("IX_Proposals_OpinionRequests_AnsweredUtc_DueUtc", "Proposals_OpinionRequests", ["AnsweredUtc", "DueUtc"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Proposals_OpinionRequests");
        mb.DropColumn("StageDueUtc", "Proposals_Proposals");
        mb.DropColumn("AcceptedUtc", "Proposals_Proposals");
        mb.DropColumn("AcceptanceReference", "Proposals_Proposals");
        mb.DropColumn("AcceptanceJa", "Proposals_Proposals");
        mb.DropColumn("AcceptanceEn", "Proposals_Proposals");
        mb.DropColumn("DeskReviewsAnswers", "Proposals_Settings");
    }
}
