using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>A compact list of common given names across languages, by usual gender, as a person cue.</summary>
internal static class GivenNames
{
    public static readonly FrozenSet<string> Male = WordSet.Of(
        "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald",
        "Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric",
        "Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry",
        "Tyler Aaron Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold Jeremy Ethan Carl Keith Roger Gerald Christian",
        "Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan Billy Jordan Albert Dylan Bruce Willie Gabriel Alan Juan Logan",
        "Wayne Ralph Roy Eugene Randy Vincent Russell Louis Philip Bobby Johnny Bradley Barack Bill Joe Mike Tony Tom Tim Ted",
        "Hillary Rishi Boris Keir Emmanuel Olaf Friedrich Mario Matteo Silvio Pedro Jose José Luis Carlos Jorge Manuel",
        "Francisco Antonio Miguel Rafael Javier Fernando Sergio Pablo Diego Alejandro Ricardo Eduardo Roberto Marco Giuseppe",
        "Giovanni Luca Francesco Alessandro Lorenzo Andrea Stefano Massimo Jean Pierre Michel Philippe Nicolas Francois François",
        "Jacques Alain Bernard Olivier Laurent Thierry Emmanuel Hans Klaus Jurgen Jürgen Wolfgang Helmut Gerhard Frank-Walter",
        "Karl Heinz Dieter Stefan Thomas Lars Erik Anders Nils Henrik Mats Jens Ole Sven Jan Piotr Pawel Paweł Krzysztof Tomasz",
        "Andrzej Marcin Michal Michał Jakub Mateusz Lukasz Łukasz Donald Radoslaw Radosław Vladimir Volodymyr Wladimir Dmitry",
        "Dmitri Dmitriy Dmytro Sergei Sergey Serhiy Sergiy Andrei Andrey Andriy Alexei Alexey Oleksiy Oleksii Mikhail Mykhailo",
        "Nikolai Mykola Ivan Yuri Yuriy Yury Igor Ihor Oleg Oleh Viktor Victor Boris Pavel Petro Petr Anatoly Anatoliy Valery",
        "Valeriy Vitaly Vitali Vitaliy Yevgeny Yevgeniy Evgeny Gennady Grigory Konstantin Kostiantyn Maxim Maksym Denis Denys",
        "Roman Ruslan Rustem Rustam Arseniy Arseny Leonid Vasily Vasyl Kirill Alexander Aleksandr Oleksandr Olexander Artem",
        "Stanislav Vyacheslav Yaroslav Taras Bohdan Ramzan Recep Ahmet Mehmet Mustafa Hakan Ali Mohammed Muhammad Mohammad",
        "Ahmed Ahmad Mahmoud Hassan Hussein Hossein Omar Khaled Khalid Abdullah Abdul Ibrahim Youssef Yusuf Hamad Tamim Salman",
        "Bashar Benjamin Yair Naftali Isaac Yitzhak Moshe Avi Ehud Shimon Narendra Rahul Amit Raj Xi Li Wang Zhang Hu Kim Shinzo",
        "Fumio Yoshihide Shigeru Jair Luiz Lula Nicolas Javier Gustavo Andres Andrés Cyril Jacob Nelson Paul Uhuru William",
        "Abiy Bola Muhammadu Recep Viktor Aleksandar Aleksander Aleksandr Milos Miloš Zoran Nikola Goran Janez Robert Edi Ilham",
        "Nikol Kassym-Jomart Nursultan Shavkat Emomali Alyaksandr Alexandr Mark Jens Antony Lloyd Jake Marco Pete JD Keir Rutger",
        "Charles Harry Ron Rick Chuck Mitch Kevin Hakeem Lindsey Elon Jeff Warren Sundar Satya Sam Tim Jensen");

    public static readonly FrozenSet<string> Female = WordSet.Of(
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly",
        "Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley",
        "Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria",
        "Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah",
        "Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise",
        "Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Hillary",
        "Kamala Nancy Nikki Kristi Tulsi Condoleezza Madeleine Theresa Liz Yvette Rachel Priti Suella Kemi Angela Annalena Ursula",
        "Giorgia Elly Marine Ségolène Segolene Christine Anne Sophie Isabelle Nathalie Valerie Valérie Chantal Sylvie Brigitte",
        "Mette Sanna Magdalena Kaja Ingrida Zuzana Maia Salome Sviatlana Svetlana Yulia Yuliya Iryna Irina Olena Elena Yelena",
        "Natalia Natalya Nataliya Tatiana Tatyana Olga Maria Mariya Oksana Ludmila Lyudmila Valentina Ekaterina Yekaterina",
        "Kateryna Anastasia Daria Darya Marina Galina Lyudmyla Viktoria Viktoriia Alla Larisa Inna Ksenia Kseniya Veronika",
        "Agnieszka Katarzyna Malgorzata Małgorzata Ewa Beata Joanna Aleksandra Dorota Monika Jacinda Julia Sanae Yuriko",
        "Indira Benazir Golda Tzipi Ayelet Carmen Isabel Lucia Laura Paula Elena Sofia Francesca Chiara Giulia",
        "Roberta Federica Ilaria Fatima Aisha Leila Layla Mariam Maryam Nour Rania Zeinab Shirin Narges Malala Greta Ilhan",
        "Alexandria Elise Kaja Kristalina Christine Roberta Antonia Ngozi Ellen Sahle-Work Samia Michelle Melania Jill Laura");

    public static bool IsGivenName(string word) => Male.Contains(word) || Female.Contains(word);
}
