package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.institute.core.KpiFigures;
import org.institute.core.PartnerId;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.Patents;
import org.institute.partners.PartnerDirectory;
import org.institute.records.CentreView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.KpiTargets;
import org.institute.records.NewAllocation;
import org.institute.records.NewKpiTarget;
import org.institute.records.NewSpaceUnit;
import org.institute.records.NewSpinOff;
import org.institute.records.OccupantKind;
import org.institute.records.ResearchRecords;
import org.institute.records.SpaceUse;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;

/**
 * Spin-offs of the NTU China (West) base in Chongqing and one of SCUT in Guangzhou, the 23,000 sqm
 * headquarters (from mid-2021) divided into units and allocated to the centres, partners and
 * spin-offs, and the talent KPI targets. Names, founders, areas and targets are illustrative
 * (docs/demo-data.md). Runs after the licensing and records demo data, as the system.
 */
@ApplicationScoped
public class SpaceDemoData {

  static final LocalDate HEADQUARTERS_OPENED = LocalDate.of(2021, 7, 1);
  private static final Logger LOG = Logger.getLogger(SpaceDemoData.class.getName());

  @Inject private SpinOffs spinOffs;
  @Inject private HeadquartersSpace space;
  @Inject private ResearchRecords records;
  @Inject private Patents patents;
  @Inject private PartnerDirectory partners;
  @Inject private KpiTargets kpis;

  void load() {
    List<FamilyRow> families = patents.list(null, null, 0, 10).families();
    PartnerId ntu = partner("NTU");
    SpinOffView dataSense =
        spinOff(
            "Xiantao DataSense Technology Co., Ltd",
            "仙桃数感科技有限公司",
            List.of("Dr. Wang Hao", "Lim Jia Hui"),
            ntu,
            Set.of(families.get(0).id(), families.get(1).id()),
            LocalDate.of(2021, 3, 15),
            SpinOffStatus.OPERATING);
    SpinOffView greenCell =
        spinOff(
            "Yubei GreenCell Energy Co., Ltd",
            "渝北绿芯能源有限公司",
            List.of("Dr. Zhou Lei"),
            ntu,
            Set.of(families.get(2).id()),
            LocalDate.of(2022, 6, 1),
            SpinOffStatus.INCUBATING);
    SpinOffView medVision =
        spinOff(
            "Shancheng MedVision Co., Ltd",
            "山城医视科技有限公司",
            List.of("Dr. Priya Nair", "Chen Xiaoyu"),
            ntu,
            Set.of(families.get(3).id()),
            LocalDate.of(2021, 9, 1),
            SpinOffStatus.ACQUIRED);
    spinOff(
        "Chongqing CloudHop Logistics Technology Co., Ltd",
        "重庆云跳物流科技有限公司",
        List.of("Tan Mei Ling"),
        ntu,
        Set.of(),
        LocalDate.of(2022, 1, 10),
        SpinOffStatus.CLOSED);
    SpinOffView photonics =
        spinOff(
            "Guangzhou Zhiguang Photonics Co., Ltd",
            "广州智光光子科技有限公司",
            List.of("Dr. Huang Wei"),
            partner("SCUT"),
            Set.of(),
            LocalDate.of(2023, 4, 10),
            SpinOffStatus.INCUBATING);

    Map<String, Long> centres = new HashMap<>();
    for (CentreView c : records.centres()) {
      centres.put(c.code(), c.id());
    }
    // 22,300 of the 23,000 sqm are divided into units; the rest is circulation and plant rooms
    centreUnit("RD-DT", "Digital technologies laboratories", 4_200, centres.get("DIGITAL"));
    centreUnit("RD-NE", "New energy laboratories", 4_000, centres.get("NEWENERGY"));
    centreUnit("RD-BM", "Biomedical laboratories", 3_800, centres.get("BIOMED"));
    centreUnit("JRC-SZ", "Joint research centre labs (Shuzhi)", 1_200, centres.get("JRC-SHUZHI"));
    centreUnit("JRC-NN", "Joint research centre labs (Nanneng)", 1_200, centres.get("JRC-NANNENG"));
    centreUnit("JRC-JY", "Joint research centre labs (Jiyin)", 1_200, centres.get("JRC-JIYIN"));
    long adm1 = unit("ADM-1", "Administration offices, NTU side", 1_600, SpaceUse.ADMINISTRATION);
    allocate(adm1, OccupantKind.PARTNER, ntu.value(), HEADQUARTERS_OPENED, null);
    long adm2 = unit("ADM-2", "Administration offices, SCUT side", 800, SpaceUse.ADMINISTRATION);
    allocate(adm2, OccupantKind.PARTNER, partner("SCUT").value(), HEADQUARTERS_OPENED, null);
    long[] suites = new long[6];
    for (int i = 0; i < suites.length; i++) {
      suites[i] = unit("SO-10" + (i + 1), "Incubation suite " + (101 + i), 300, SpaceUse.SPIN_OFF);
    }
    // DataSense grew out of its suite in mid-2023; MedVision left when it was acquired
    allocate(
        suites[0],
        OccupantKind.SPIN_OFF,
        dataSense.id(),
        HEADQUARTERS_OPENED,
        LocalDate.of(2023, 6, 30));
    allocate(suites[1], OccupantKind.SPIN_OFF, greenCell.id(), LocalDate.of(2022, 6, 1), null);
    allocate(
        suites[2],
        OccupantKind.SPIN_OFF,
        medVision.id(),
        LocalDate.of(2021, 9, 1),
        LocalDate.of(2024, 3, 31));
    allocate(suites[3], OccupantKind.SPIN_OFF, photonics.id(), LocalDate.of(2023, 5, 1), null);
    unit("SH-CONF", "Conference centre", 1_500, SpaceUse.SHARED);
    long expo = unit("SH-EXPO", "Exhibition hall", 1_000, SpaceUse.SHARED);
    allocate(
        expo,
        OccupantKind.PARTNER,
        partner("CSGKC").value(),
        HEADQUARTERS_OPENED,
        LocalDate.of(2021, 12, 31));

    talentTargets();
    LOG.info("space demo data loaded: 5 spin-offs, 16 units (22,300 sqm), 13 allocations");
  }

  /** Graduates by certificate date, placements by the start of the position (decision 0040). */
  private void talentTargets() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    kpis.define(
        new NewKpiTarget(
            "GRADUATES_2026_2027",
            KpiFigures.PROGRAMME_GRADUATES,
            "Programme graduates 2026-2027",
            "2026—2027年项目结业学员",
            40L,
            from,
            to));
    kpis.define(
        new NewKpiTarget(
            "PLACEMENTS_2026_2027",
            KpiFigures.INTERNSHIP_PLACEMENTS,
            "Internship placements 2026-2027",
            "2026—2027年实习安置",
            10L,
            from,
            to));
  }

  private SpinOffView spinOff(
      String en,
      String zh,
      List<String> founders,
      PartnerId origin,
      Set<Long> families,
      LocalDate founded,
      SpinOffStatus status) {
    return spinOffs.record(new NewSpinOff(en, zh, founders, origin, families, founded, status));
  }

  private void centreUnit(String code, String name, int sqm, Long centre) {
    long unit = unit(code, name, sqm, SpaceUse.RD_FACILITY);
    allocate(unit, OccupantKind.CENTRE, centre, HEADQUARTERS_OPENED, null);
  }

  private long unit(String code, String name, int sqm, SpaceUse use) {
    return space.addUnit(new NewSpaceUnit(code, name, sqm, use)).id();
  }

  private void allocate(long unit, OccupantKind kind, long occupant, LocalDate from, LocalDate to) {
    space.allocate(new NewAllocation(unit, kind, occupant, from, to, null));
  }

  private PartnerId partner(String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("demo partner missing: " + code))
        .id();
  }
}
