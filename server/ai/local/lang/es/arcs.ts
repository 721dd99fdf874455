import { cap } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/** Escenas en español para cada momento de cada tipo de vídeo. `c.s` es el tema; `c.detail`, el detalle del prompt. */

const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `¿Buscas ${c.s.a} de confianza? Quédate aquí.`,
      show: (c) => `¿Buscas ${c.s.a}?`,
      see: (c) => `alguien se detiene, con curiosidad, frente ${c.s.to}`,
    },
    {
      say: (c) => `Hay sitios que simplemente lo hacen bien. Este es uno de ellos: ${c.s.the}.`,
      show: 'Hay quien lo hace bien',
      see: (c) => `la entrada ${c.s.of} con la primera luz del día`,
    },
    {
      say: (c) => `Para un segundo. Esto va sobre ${c.s.the}.`,
      show: 'Para un segundo.',
      see: (c) => `un pulgar se detiene en plena pantalla y aparece ${c.s.the}`,
    },
    {
      say: '¿Conoces esa sensación de cuando algo simplemente funciona? Te lo enseñamos.',
      show: 'Simplemente funciona',
      see: (c) => `un momento rápido y satisfactorio ${c.s.in}`,
    },
  ],
  context: [
    {
      say: 'A todos nos ha pasado: hay que hacerlo, hacerlo bien y hacerlo hoy.',
      show: 'Bien hecho. Hoy mismo.',
      see: 'un día ajetreado y un reloj que avanza en la pared',
    },
    {
      say: 'La vida ya es bastante complicada. Lo último que necesitas es conformarte.',
      show: 'Sin conformarse',
      see: 'gente que pasa con prisa, algo agobiada',
    },
    {
      say: 'Quieres a alguien que escuche primero y acierte a la primera.',
      show: 'Primero, escuchar',
      see: 'una conversación amable en el mostrador',
    },
    {
      say: 'Opciones hay muchas. Tú quieres la que te hace sentir bien.',
      show: 'La opción que se siente bien',
      see: 'varias opciones juntas, y una que destaca',
    },
    {
      say: (c) => `Y esa es justo la idea detrás ${c.s.of}.`,
      show: 'La idea detrás',
      see: (c) => `el cartel ${c.s.of} brillando con la luz`,
    },
  ],
  development: [
    {
      say: (c) => `${cap(c.s.in)}, todo empieza con personas de verdad que cuidan cada detalle.`,
      show: 'Personas reales. Cuidado real.',
      see: 'manos trabajando, concentradas y sin prisa',
    },
    {
      say: 'Cada detalle cuenta: los que se ven y los que no.',
      show: 'Cada detalle cuenta',
      see: 'pequeños detalles en foco nítido',
    },
    {
      say: 'Sin atajos y sin sorpresas: solo trabajo honesto que se nota.',
      show: 'Sin atajos. Sin sorpresas.',
      see: 'el trabajo en marcha, claro y honesto',
    },
    {
      say: 'Pregunta lo que quieras. Tendrás una respuesta clara y una cara amable.',
      show: 'Respuestas claras',
      see: 'una sonrisa al otro lado del mostrador',
    },
    {
      say: 'Rápido cuando hace falta, y con cuidado donde importa.',
      show: 'Rápido. Cuidadoso.',
      see: 'un gesto rápido y preciso, y luego una última revisión',
    },
    {
      say: 'Los clientes habituales vuelven por algo, y los nuevos pronto descubren por qué.',
      show: 'Vuelven por algo',
      see: 'un cliente habitual al que saludan por su nombre',
    },
    {
      say: 'Detrás de cada resultado hay oficio, construido día a día.',
      show: 'Oficio, día a día',
      see: 'herramientas gastadas, ordenadas en fila',
    },
    {
      say: (c) => `${cap(c.s.the)}: de esos sitios que recomiendas a tus amigos.`,
      show: 'Cuéntaselo a tus amigos',
      see: 'dos amigos charlando; uno señala el camino',
    },
  ],
  payoff: [
    {
      say: '¿El resultado? Sales con una sonrisa, y todo funciona.',
      show: 'Todo funciona',
      see: 'un cliente feliz saliendo por la puerta',
    },
    {
      say: (c) => `De esa sensación se trata ${c.s.in}.`,
      show: 'Esa sensación',
      see: 'un momento tranquilo de satisfacción',
    },
    {
      say: 'Menos preocupaciones y más tiempo para lo que te gusta.',
      show: 'Más tiempo para lo que te gusta',
      see: 'alguien disfrutando del resto del día, sin preocupaciones',
    },
    {
      say: 'Sencillo, cercano y bien hecho. Como debe ser.',
      show: 'Como debe ser',
      see: 'un trabajo terminado, mostrado con orgullo',
    },
  ],
  closing: [
    {
      say: (c) => `Descubre ${c.s.the} hoy. Te preguntarás por qué esperaste tanto.`,
      show: 'Descúbrelo hoy',
      see: (c) => `${c.s.the}, con las puertas abiertas y las luces encendidas`,
    },
    {
      say: (c) => `Dale una oportunidad ${c.s.to} y nota la diferencia.`,
      show: 'Nota la diferencia',
      see: (c) => `el logotipo ${c.s.of} sobre un fondo limpio`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Para ti, cuando tú quieras.`,
      show: 'Cuando tú quieras',
      see: (c) => `una cálida bienvenida ${c.s.in}`,
    },
  ],
}

const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Esta es la historia de ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `un primer vistazo ${c.s.to}, solo en el encuadre`,
    },
    {
      say: 'Todo empezó un día cualquiera, como empiezan las mejores historias.',
      show: 'Un día cualquiera',
      see: 'una mañana tranquila, con todo en su sitio, por ahora',
    },
    {
      say: (c) => `Nadie esperaba mucho ${c.s.of}. Ese fue su primer error.`,
      show: 'Nadie esperaba mucho',
      see: (c) => `${c.s.the} frente a un mundo enorme`,
    },
    {
      say: (c) => `Érase una vez, no hace tanto, ${c.s.a}.`,
      show: 'Érase una vez',
      see: 'un paisaje de cuento que poco a poco se enfoca',
    },
  ],
  context: [
    {
      say: 'Cada día parecía igual, y cada día faltaba algo.',
      show: 'Algo faltaba',
      see: 'la misma rutina, repetida, en colores apagados',
    },
    {
      say: 'El mundo alrededor era ruidoso, ajetreado y siempre tenía prisa.',
      show: 'Un mundo con prisa',
      see: 'una multitud que pasa sin mirar',
    },
    {
      say: 'Pero en el fondo había un deseo que nadie había escuchado aún.',
      show: 'Un deseo secreto',
      see: 'una ventana de noche, con una sola luz encendida',
    },
    {
      say: 'Entonces, una mañana, algo pequeño lo cambió todo.',
      show: 'Entonces, una mañana…',
      see: 'un objeto pequeño e inesperado que atrapa la luz',
    },
    {
      say: 'Haría falta valor, paciencia y un poco de suerte.',
      show: 'Valor. Paciencia. Suerte.',
      see: 'un largo camino que se pierde en el horizonte',
    },
  ],
  development: [
    {
      say: 'El primer intento salió mal. El segundo, también.',
      show: 'Otra vez',
      see: 'un primer intento torpe, y luego otro',
    },
    {
      say: 'Paso a paso, lo imposible empezó a parecer posible.',
      show: 'Paso a paso',
      see: 'pasos en un camino, cada vez más firmes',
    },
    {
      say: 'Por el camino apareció un amigo inesperado.',
      show: 'Un amigo inesperado',
      see: 'dos siluetas que se encuentran en el camino',
    },
    {
      say: 'Hubo dudas, noches largas y una idea malísima.',
      show: 'Una idea malísima',
      see: 'una mesa desordenada bajo una sola lámpara',
    },
    {
      say: 'Llegó el momento de elegir: volver atrás o seguir adelante.',
      show: '¿Volver o seguir?',
      see: 'un cruce de caminos bajo un cielo cambiante',
    },
    {
      say: (c) => `Y ${c.s.the} siguió adelante.`,
      show: 'Seguir adelante',
      see: (c) => `${c.s.the} avanzando contra el viento`,
    },
    {
      say: 'Cada tropiezo enseñó algo nuevo.',
      show: 'Cada tropiezo enseña',
      see: 'un pequeño arreglo, hecho con cuidado',
    },
    {
      say: 'Y poco a poco, la meta quedó al alcance.',
      show: 'Casi',
      see: 'el destino que aparece a lo lejos',
    },
  ],
  payoff: [
    {
      say: 'Y entonces, por fin, sucedió.',
      show: 'Por fin',
      see: 'un estallido de luz y un suspiro contenido',
    },
    {
      say: 'No fue perfecto. Fue mejor que perfecto: fue real.',
      show: 'Mejor que perfecto',
      see: 'un resultado imperfecto y precioso',
    },
    {
      say: 'Todos los que habían dudado se quedaron mirando.',
      show: 'Ya nadie dudaba',
      see: 'caras sorprendidas que se giran',
    },
    {
      say: 'Por primera vez, todo encajaba.',
      show: 'Todo encajaba',
      see: 'una vista amplia y serena tras la tormenta',
    },
  ],
  closing: [
    {
      say: 'A veces, las historias más pequeñas tienen el corazón más grande.',
      show: 'Fin',
      see: 'la cámara se aleja mientras la luz se apaga',
    },
    {
      say: (c) => `Y así fue como empezó la historia ${c.s.of}, no como terminó.`,
      show: 'Solo el principio',
      see: 'un nuevo día que amanece en el horizonte',
    },
    {
      say: 'Recuerda esta historia la próxima vez que algo parezca imposible.',
      show: 'Nada es imposible',
      see: 'una última mirada atrás, y una sonrisa',
    },
  ],
}

const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Echa un vistazo de cerca ${c.s.to}. Hay más de lo que parece.`,
      show: 'Mira de cerca',
      see: (c) => `${c.s.the}, que se revela poco a poco desde la sombra`,
    },
    {
      say: (c) => `Hay algo especial ${c.s.in}. Vamos a descubrirlo.`,
      show: 'Algo especial',
      see: (c) => `una primera imagen impactante ${c.s.of}`,
    },
    {
      say: (c) => `Crees que conoces ${c.s.the}. Piénsalo otra vez.`,
      show: 'Piénsalo otra vez',
      see: 'algo familiar desde un ángulo desconocido',
    },
    {
      say: (c) => `Todo empieza con una pregunta sencilla: ¿por qué ${c.s.the}?`,
      show: (c) => `¿Por qué ${c.s.the}?`,
      see: 'un solo detalle, aislado e intrigante',
    },
  ],
  context: [
    {
      say: 'Para entenderlo, hay que empezar por sus orígenes.',
      show: 'Los orígenes',
      see: 'los orígenes, en una vieja fotografía',
    },
    {
      say: 'No apareció de la noche a la mañana. Creció, pieza a pieza.',
      show: 'Pieza a pieza',
      see: 'un time-lapse de algo que va tomando forma',
    },
    {
      say: 'Para mucha gente forma parte del día a día, casi sin pensarlo.',
      show: 'Parte del día a día',
      see: 'gente corriente en un día corriente',
    },
    {
      say: 'Pero si miras un poco más de cerca, los detalles empiezan a contar una historia.',
      show: 'Los detalles cuentan una historia',
      see: 'un lento acercamiento a un detalle revelador',
    },
    {
      say: 'Esto es lo que más importa, en unos pocos pasos.',
      show: 'Lo que más importa',
      see: 'una composición limpia de los elementos clave',
    },
  ],
  development: [
    {
      say: 'Empecemos por lo básico: qué es y por qué importa.',
      show: 'Lo básico',
      see: (c) => `${c.s.the}, en una imagen sencilla y clara`,
    },
    {
      say: 'Después, cómo funciona, paso a paso.',
      show: 'Cómo funciona',
      see: 'cada paso, uno tras otro',
    },
    {
      say: 'Las personas que hay detrás marcan la diferencia.',
      show: 'Las personas detrás',
      see: 'caras y manos de quienes lo hacen posible',
    },
    {
      say: 'Las pequeñas decisiones suman algo mucho más grande.',
      show: 'Pequeñas decisiones, gran impacto',
      see: 'muchas piezas pequeñas que forman una sola imagen',
    },
    {
      say: 'Tiene su propio ritmo. Cuando lo ves, ya no puedes dejar de verlo.',
      show: 'Encuentra el ritmo',
      see: 'un patrón que se repite en movimiento',
    },
    {
      say: 'Fíjate en las texturas, los colores, las pequeñas imperfecciones.',
      show: 'Texturas y colores',
      see: 'texturas ricas bajo una luz rasante',
    },
    {
      say: 'Cada parte tiene su propósito. Aquí nada es casualidad.',
      show: 'Nada es casualidad',
      see: 'piezas que encajan con precisión',
    },
    {
      say: 'Y sigue cambiando, un poco más cada año.',
      show: 'Siempre cambiando',
      see: 'antes y ahora, uno al lado del otro',
    },
  ],
  payoff: [
    {
      say: (c) => `Cuando juntas todas las piezas, ves ${c.s.the} con otros ojos.`,
      show: 'Con otros ojos',
      see: (c) => `la imagen completa ${c.s.of}, por fin`,
    },
    {
      say: (c) => `Eso es lo que hace especial ${c.s.to}.`,
      show: 'Lo que lo hace especial',
      see: 'el detalle más bello, sostenido en pantalla',
    },
    {
      say: 'Una vez que lo ves, ya nunca lo miras igual.',
      show: 'Nunca igual',
      see: 'una revelación lenta, de cerca a lo lejos',
    },
    {
      say: 'Sencillo en la superficie y sorprendentemente profundo por dentro.',
      show: 'Sorprendentemente profundo',
      see: 'capas que se van descubriendo una a una',
    },
  ],
  closing: [
    {
      say: (c) => `La próxima vez que veas ${c.s.the}, detente un momento.`,
      show: 'Detente un momento',
      see: (c) => `${c.s.the} con la luz del atardecer`,
    },
    {
      say: (c) => `${cap(c.s.the)}: más cerca de lo que crees.`,
      show: 'Más cerca de lo que crees',
      see: 'la cámara se aleja despacio, con el tema aún en el encuadre',
    },
    {
      say: 'Sigue con curiosidad. Siempre hay algo más por descubrir.',
      show: 'Sigue con curiosidad',
      see: 'una puerta abierta hacia una luz brillante',
    },
  ],
}

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Mira de cerca. Aquí es donde se pone interesante.', show: 'Mira de cerca', see: 'un lento acercamiento a algo fácil de pasar por alto' },
  { say: 'Quédate un segundo en este momento.', show: 'Un momento', see: 'un plano fijo, todo en pausa' },
  { say: 'Escucha. Hasta los momentos tranquilos tienen algo que decir.', show: 'Momentos tranquilos', see: 'un espacio vacío, solo sonido ambiente' },
  { say: 'Un detalle lleva a otro, y luego a otro.', show: 'Detalle a detalle', see: 'una cadena de detalles, montados seguidos' },
  { say: 'Aquí, el tiempo parece ir más despacio.', show: 'El tiempo se detiene', see: 'cámara lenta y polvo flotando en la luz' },
  { say: 'La luz cambia, y con ella el ambiente.', show: 'Cambia la luz', see: 'el mismo lugar mientras cambia la luz' },
  { say: 'Todo encaja, pieza a pieza.', show: 'Todo encaja', see: 'piezas que se colocan en su sitio' },
  { say: 'Y cuando crees que lo has visto todo, hay más.', show: 'Hay más', see: 'un rincón escondido que se descubre' },
]

export const detail: Entry = {
  say: (c) => `Te presentamos ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
