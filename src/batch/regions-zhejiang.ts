/**
 * Zhejiang's 11 cities and their 90 county-level divisions (districts, county-level cities and
 * counties, as of 2021), used by the data generator. Town lists are real for the counties the seed
 * documents come from (Pinghu, Tongxiang, Pingyang) and for Xiaoshan (its 2022 key-task list); for
 * other counties the generator makes up plausible town and village names (marked in the README).
 */
export interface County {
  name: string;
  /** Real towns and sub-districts, where listed. */
  towns?: string[];
}

export interface City {
  name: string;
  counties: County[];
}

const c = (names: string): County[] => names.split(' ').map((name) => ({ name }));

export const ZHEJIANG: { province: string; cities: City[] } = {
  province: '浙江省',
  cities: [
    {
      name: '杭州市',
      counties: [
        ...c('上城区 拱墅区 西湖区 滨江区'),
        { name: '萧山区', towns: ['城厢街道', '北干街道', '蜀山街道', '新塘街道', '宁围街道', '新街街道', '闻堰街道', '瓜沥镇', '衙前镇', '党湾镇', '益农镇', '楼塔镇', '河上镇', '戴村镇', '浦阳镇', '进化镇', '所前镇', '义桥镇', '临浦镇'] },
        ...c('余杭区 临平区 钱塘区 富阳区 临安区 桐庐县 淳安县 建德市'),
      ],
    },
    { name: '宁波市', counties: c('海曙区 江北区 北仑区 镇海区 鄞州区 奉化区 余姚市 慈溪市 宁海县 象山县') },
    {
      name: '温州市',
      counties: [
        ...c('鹿城区 龙湾区 瓯海区 洞头区 瑞安市 乐清市 龙港市 永嘉县'),
        { name: '平阳县', towns: ['昆阳镇', '鳌江镇', '水头镇', '萧江镇', '万全镇', '腾蛟镇', '山门镇', '顺溪镇', '南雁镇', '麻步镇', '海西镇', '南麂镇', '凤卧镇', '怀溪镇'] },
        ...c('苍南县 文成县 泰顺县'),
      ],
    },
    {
      name: '嘉兴市',
      counties: [
        ...c('南湖区 秀洲区 海宁市'),
        { name: '平湖市', towns: ['当湖街道', '钟埭街道', '曹桥街道', '乍浦镇', '新埭镇', '新仓镇', '独山港镇', '林埭镇', '广陈镇'] },
        { name: '桐乡市', towns: ['梧桐街道', '凤鸣街道', '龙翔街道', '高桥街道', '乌镇镇', '濮院镇', '屠甸镇', '崇福镇', '洲泉镇', '石门镇', '河山镇', '大麻镇'] },
        ...c('嘉善县 海盐县'),
      ],
    },
    { name: '湖州市', counties: c('吴兴区 南浔区 德清县 长兴县 安吉县') },
    { name: '绍兴市', counties: c('越城区 柯桥区 上虞区 诸暨市 嵊州市 新昌县') },
    { name: '金华市', counties: c('婺城区 金东区 兰溪市 义乌市 东阳市 永康市 武义县 浦江县 磐安县') },
    { name: '衢州市', counties: c('柯城区 衢江区 江山市 常山县 开化县 龙游县') },
    { name: '舟山市', counties: c('定海区 普陀区 岱山县 嵊泗县') },
    { name: '台州市', counties: c('椒江区 黄岩区 路桥区 临海市 温岭市 玉环市 三门县 天台县 仙居县') },
    { name: '丽水市', counties: c('莲都区 龙泉市 青田县 缙云县 遂昌县 松阳县 云和县 庆元县 景宁畲族自治县') },
  ],
};

/** Syllables for made-up place names (towns and villages outside the real lists). */
export const NAME_SYLLABLES = {
  first: '东西南北新长安永清和兴文石龙凤桥湖塘山金白青黄柳桃梅竹云松溪',
  second: '安丰桥塘山河溪浦港阳城埠坝头岙岭洋湾田家庄',
};
